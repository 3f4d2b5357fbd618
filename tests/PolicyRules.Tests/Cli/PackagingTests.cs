using System.Diagnostics;
using System.IO.Compression;

namespace PolicyRules.Tests.Cli;

/// <summary>
/// Packs the library (PolicyRules + PolicyRules.Core) and the tool (PolicyRules.Tool) into a temporary
/// folder, consumes the library from a fresh console app that sees only that folder and the normal
/// package source, and installs the tool into a tool path and runs it on a sample newsletter.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public class PackagingTests
{
    private string _dir = null!;
    private string _packages = null!;
    private string _version = null!;

    [OneTimeSetUp]
    public void Pack()
    {
        _dir = Path.Combine(Path.GetTempPath(), "policyrules-pack-" + Guid.NewGuid().ToString("N"));
        _packages = Path.Combine(_dir, "packages");
        Directory.CreateDirectory(_packages);
        // A unique version, so a package cached by an earlier run is never used instead.
        _version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        foreach (var project in new[] { "src/PolicyRules.Core", "src/PolicyRules.Rules", "src/PolicyRules.Cli" })
            Dotnet(CliRunner.Root, "pack", Path.Combine(CliRunner.Root, project), "-c", "Release", "-o", _packages, $"-p:Version={_version}", "--nologo");
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Test]
    public void LibraryPackageHasDocsReadmeLicenceSymbolsAndMetadata()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_packages, $"PolicyRules.{_version}.nupkg"));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["lib/net10.0/PolicyRules.Rules.dll", "lib/net10.0/PolicyRules.Rules.xml", "README.md", "LICENSE"]);
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
        var text = nuspec.ReadToEnd();
        text.Should().Contain("<repository type=\"git\" url=\"https://github.com/policyrules/policyrules\"")
            .And.Contain("<license type=\"expression\">MIT</license>")
            .And.Contain($"<dependency id=\"PolicyRules.Core\" version=\"{_version}\"");
        File.Exists(Path.Combine(_packages, $"PolicyRules.{_version}.snupkg")).Should().BeTrue();
        File.Exists(Path.Combine(_packages, $"PolicyRules.Core.{_version}.snupkg")).Should().BeTrue();
        using var core = ZipFile.OpenRead(Path.Combine(_packages, $"PolicyRules.Core.{_version}.nupkg"));
        core.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/PolicyRules.Core.xml");
    }

    [Test]
    public void FreshConsoleAppChecksADraftWithTheBundledPolicies()
    {
        var app = Path.Combine(_dir, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), NuGetConfig());
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(_dir, "nuget-cache")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicyRules" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using PolicyRules;

            var result = BundledRules.Engine.Check("Well done to Amelia Jones in Year 5 for winning the race!", new PostContext { Channel = Channel.Official });
            foreach (var v in result.Violations)
                Console.WriteLine($"{v.Rule} [{v.Excerpt}] {string.Join(" ", v.Citations.Select(c => c.Address))}");
            """);
        var output = Dotnet(app, "run", "--nologo");
        output.Should().Contain("pupil-full-name [Amelia Jones]").And.Contain("star-mat#4.5(f)");
    }

    [Test]
    public void ToolInstallsAndChecksASampleNewsletter()
    {
        var tools = Path.Combine(_dir, "tools");
        var config = Path.Combine(_dir, "tool-nuget.config");
        File.WriteAllText(config, NuGetConfig());
        Dotnet(_dir, "tool", "install", "PolicyRules.Tool", "--version", _version, "--tool-path", tools, "--configfile", config);
        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "policyrules.exe" : "policyrules");
        var sample = Path.Combine(CliRunner.Root, "samples", "newsletter-week12.md");
        var (exit, output) = Run(exe, _dir, "check", sample, "--no-config", "--format", "github");
        exit.Should().Be(1, output);
        output.Should().Contain(",line=7,col=89,endLine=7,endColumn=100,title=pupil-full-name::");
        output.Should().Contain("title=conduct-personal-contact::");
    }

    private string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{_packages}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    private static string Dotnet(string workingDirectory, params string[] args)
    {
        var (exit, output) = Run("dotnet", workingDirectory, args);
        exit.Should().Be(0, $"dotnet {string.Join(' ', args)} failed:\n{output}");
        return output;
    }

    private static (int Exit, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Not the test host's MSBuild settings: the fresh app must build on its own.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "VSTEST_HOST_DEBUG" }) psi.Environment.Remove(key);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(600_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} timed out");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
