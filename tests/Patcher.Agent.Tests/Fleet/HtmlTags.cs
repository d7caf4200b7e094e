using System.Text.RegularExpressions;

namespace Patcher.Agent.Tests.Fleet;

/// <summary>A well-formedness check for generated HTML: every element not void in HTML and not self-closed (SVG) is closed, in order.</summary>
internal static partial class HtmlTags
{
    private static readonly HashSet<string> Void = ["meta", "br", "hr", "img", "input", "link"];

    /// <summary>The first problem, or null when every opened element is closed in order.</summary>
    public static string? FirstProblem(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(StyleBlock().Replace(html, "<style></style>")))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    return $"unexpected </{name}> at {tag.Index}";
                }
            }
            else if (!Void.Contains(name) && !tag.Groups["self"].Success)
            {
                open.Push(name);
            }
        }

        return open.Count == 0 ? null : $"<{open.Peek()}> never closed";
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(?<self>/)?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
