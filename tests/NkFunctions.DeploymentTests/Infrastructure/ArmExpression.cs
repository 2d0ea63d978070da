namespace NkFunctions.DeploymentTests.Infrastructure;

/// <summary>
/// Just enough of ARM's expression language to read what bicep generated: the arguments of a function call, and the
/// key/value pairs of createObject(...). ARM evaluates these only at deployment; the tests read their structure.
/// </summary>
internal static class ArmExpression
{
    /// <summary>The top-level arguments of the first call of <paramref name="function"/> in the expression.</summary>
    public static IReadOnlyList<string> Arguments(string expression, string function)
    {
        var text = Unbracket(expression);
        var open = FindCall(text, function);
        var arguments = new List<string>();
        var depth = 0;
        var start = open + 1;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'':
                    i = EndOfString(text, i);
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']' when depth > 0:
                    depth--;
                    break;
                case ')':
                    arguments.Add(text[start..i].Trim());
                    return arguments;
                case ',' when depth == 0:
                    arguments.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        throw new FormatException($"Unclosed call of {function} in: {expression}");
    }

    /// <summary>The pairs of the first createObject(...) call: key (unquoted) → value expression.</summary>
    public static IReadOnlyDictionary<string, string> CreateObjectPairs(string expression)
    {
        var arguments = Arguments(expression, "createObject");
        Assert.True(arguments.Count % 2 == 0, $"createObject with an odd argument count: {expression}");
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i += 2)
        {
            Assert.True(arguments[i].StartsWith('\''), $"A computed setting name: {arguments[i]}");
            pairs.Add(arguments[i][1..^1].Replace("''", "'", StringComparison.Ordinal), arguments[i + 1]);
        }

        return pairs;
    }

    private static string Unbracket(string expression) =>
        expression.StartsWith('[') && expression.EndsWith(']') ? expression[1..^1] : expression;

    // The opening parenthesis of `function(` where it is a whole name outside any string literal.
    private static int FindCall(string text, string function)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                i = EndOfString(text, i);
                continue;
            }

            var boundary = i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '.');
            if (boundary && string.CompareOrdinal(text, i, function + "(", 0, function.Length + 1) == 0)
            {
                return i + function.Length;
            }
        }

        throw new FormatException($"No call of {function} in: {text}");
    }

    // Index of the quote closing the string literal opened at `open` ('' is an escaped quote).
    private static int EndOfString(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        throw new FormatException($"Unclosed string literal in: {text}");
    }
}
