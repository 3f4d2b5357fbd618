using PolicyRules.Recognition;

namespace PolicyRules.Recognizers;

/// <summary>Every bundled recognizer. A new recognizer is added here and in its own folder.</summary>
internal static class RecognizerCatalog
{
    public static readonly IReadOnlyList<IRecognizer> All =
    [
        new Email.EmailRecognizer(),
    ];
}
