using PolicyRules.Recognition;

namespace PolicyRules.Recognizers;

/// <summary>Every bundled recognizer. A new recognizer is added here and in its own folder.</summary>
internal static class RecognizerCatalog
{
    public static readonly IReadOnlyList<IRecognizer> All =
    [
        new Email.EmailRecognizer(),
        new Phone.PhoneNumberRecognizer(),
        new Postcode.PostcodeRecognizer(),
        new StreetAddress.StreetAddressRecognizer(),
        new NiNumber.NiNumberRecognizer(),
        new NhsNumber.NhsNumberRecognizer(),
        new BankDetails.BankDetailsRecognizer(),
        new CardNumber.CardNumberRecognizer(),
        new DateOfBirth.DateOfBirthRecognizer(),
        new Age.AgeRecognizer(),
        new YearGroup.YearGroupRecognizer(),
        new PersonName.PersonNameRecognizer(),
        new PupilName.PupilNameRecognizer(),
        new Url.UrlRecognizer(),
        new Mention.MentionRecognizer(),
        new Hashtag.HashtagRecognizer(),
        new SocialHandle.SocialHandleRecognizer(),
    ];

    /// <summary>The bundled recognizer with the name, for tests and tools.</summary>
    public static IRecognizer Get(string name) => All.First(r => r.Name == name);
}
