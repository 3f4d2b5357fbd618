using System.Net;
using System.Text.RegularExpressions;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// The contact details a link's target publishes, though no reader sees them as text: the address of a <c>mailto:</c>
/// link, the number of a <c>tel:</c> or <c>sms:</c> link, and the number of a WhatsApp click-to-chat link
/// (<c>https://wa.me/447700900123</c>, <c>https://api.whatsapp.com/send?phone=447700900123</c>). A reader checks it as
/// text of its own, mapped to where it is written in the target, and marked so that <c>fix</c> never edits it.
/// </summary>
internal static partial class ContactTarget
{
    /// <summary>Where the address or number is in <paramref name="href"/> as written, and whether it is an
    /// international number written without its '+' (as WhatsApp links write it); null for any other target.</summary>
    public static (int Start, int Length, bool NeedsPlus)? Find(string href)
    {
        var m = Pattern().Match(href);
        if (!m.Success) return null;
        if (m.Groups["a"] is { Success: true } a)
        {
            // The address ends where the target's query or fragment starts; trailing spaces are not part of it.
            var length = a.Value.TrimEnd().Length;
            return length == 0 ? null : (a.Index, length, false);
        }
        var w = m.Groups["w"];
        return (w.Index, w.Length, w.Value[0] is not ('+' or '0'));
    }

    /// <summary>Appends the contact details <paramref name="original"/>[start..start+length] hold (a link target as
    /// written in the file) as text of its own, read-only, once the current block ends; nothing when the link's visible
    /// text shows them already (<paramref name="visible"/>, asked only of a contact target), as "Call 07700 900123" on a
    /// tel: link does.</summary>
    public static void Append(string original, int start, int length, Func<string> visible, SegmentBuilder b)
    {
        if (Find(original.Substring(start, length)) is not { } found) return;
        var at = start + found.Start;
        var raw = original.Substring(at, found.Length);
        // An entity (&#64;) or a %-escape (%20) stands for the characters a reader's mail or phone app is given.
        var decoded = raw.Contains('&') || raw.Contains('%') ? Unescape(WebUtility.HtmlDecode(raw)) : raw;
        if (ShownIn(visible(), decoded)) return;
        b.Aside(at, builder =>
        {
            // A '+' that no character of the file stands for, so "447700900123" reads as the number it is.
            if (found.NeedsPlus) builder.Separator("+", at);
            if (decoded == raw) builder.AppendOriginal(original, at, found.Length);
            else builder.AppendDecoded(decoded, at, found.Length);
        });
    }

    private static string Unescape(string s)
    {
        try
        {
            return Uri.UnescapeDataString(s);
        }
        catch (UriFormatException)
        {
            return s;
        }
    }

    /// <summary>Whether the visible text already shows the address (any case) or the number (its digits, 44 read as 0).</summary>
    private static bool ShownIn(string visible, string contact)
    {
        if (contact.Contains('@')) return visible.Contains(contact.Trim(), StringComparison.OrdinalIgnoreCase);
        var digits = Digits(contact);
        return digits.Length > 0 && Digits(visible).Contains(digits, StringComparison.Ordinal);
    }

    private static string Digits(string s)
    {
        var d = string.Concat(PolicyRules.Recognition.DraftView.Plain(s).Where(char.IsAsciiDigit));
        return d.StartsWith("44", StringComparison.Ordinal) ? "0" + d[2..] : d;
    }

    [GeneratedRegex("""
        ^\s*(?:
            (?:mailto|tel|sms|callto):(?<a>(?:&\#x?[0-9a-f]+;|[^?;\#])+)
          | (?:https?:)?//(?:www\.)?wa\.me/(?<w>\+?\d+)
          | (?:(?:https?:)?//(?:api|web|www)\.whatsapp\.com/send/?|whatsapp://send/?)\?(?:[^\#]*?&(?:amp;)?)?phone=(?<w>\+?\d+)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
