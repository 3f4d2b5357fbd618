using System.Xml;

namespace PolicyRules.Cli.Output;

/// <summary>JUnit XML: one test suite per file, one failing test case per finding at or above --fail-on (others are passing cases with the finding as output), one passing case for a clean file.</summary>
internal static class JUnitReport
{
    public static void Write(TextWriter w, RunReport report)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using var x = XmlWriter.Create(w, settings);
        x.WriteStartDocument();
        x.WriteStartElement("testsuites");
        x.WriteAttributeString("name", "policyrules");
        x.WriteAttributeString("tests", report.Files.Sum(Cases).ToString(System.Globalization.CultureInfo.InvariantCulture));
        x.WriteAttributeString("failures", report.Failing.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var file in report.Files)
        {
            var failing = file.Findings.Count(f => f.Violation.Severity >= report.Threshold);
            x.WriteStartElement("testsuite");
            x.WriteAttributeString("name", file.Document.DisplayPath);
            x.WriteAttributeString("tests", Cases(file).ToString(System.Globalization.CultureInfo.InvariantCulture));
            x.WriteAttributeString("failures", failing.ToString(System.Globalization.CultureInfo.InvariantCulture));
            x.WriteAttributeString("errors", "0");
            if (file.Findings.Count == 0)
            {
                x.WriteStartElement("testcase");
                x.WriteAttributeString("classname", file.Document.DisplayPath);
                x.WriteAttributeString("name", "meets the policy");
                x.WriteEndElement();
            }
            foreach (var f in file.Findings)
            {
                var v = f.Violation;
                x.WriteStartElement("testcase");
                x.WriteAttributeString("classname", file.Document.DisplayPath);
                x.WriteAttributeString("name", $"{v.Rule} at {f.Line}:{f.Column}");
                var details = $"{file.Document.DisplayPath}:{f.Line}:{f.Column}: {WireNames.Of(v.Severity)} [{v.Rule}] {v.Message}\n"
                    + $"excerpt: {v.Excerpt}\n"
                    + (v.Suggestion is null ? "" : $"suggestion: {v.Suggestion}\n")
                    + string.Concat(v.Citations.Select(c => $"{c.Address} ({c.Heading}): \"{c.Quote}\"\n"));
                if (v.Severity >= report.Threshold)
                {
                    x.WriteStartElement("failure");
                    x.WriteAttributeString("message", Clean(v.Message));
                    x.WriteAttributeString("type", WireNames.Of(v.Severity));
                    x.WriteString(Clean(details));
                    x.WriteEndElement();
                }
                else
                {
                    x.WriteElementString("system-out", Clean(details));
                }
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndDocument();
        x.Flush();
        w.WriteLine();
    }

    private static int Cases(FileResult f) => Math.Max(1, f.Findings.Count);

    /// <summary>XML 1.0 cannot hold most control characters, even escaped.</summary>
    private static string Clean(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i + 1 < chars.Length && XmlConvert.IsXmlSurrogatePair(chars[i + 1], chars[i])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
