using System.Diagnostics;
using System.Globalization;
using NkFunctions.Core.Content.Prerender;

// Usage: NkFunctions.Prerender --content DIR --out DIR
// Exit 0: rendered; 1: the content has errors (printed in MSBuild's error format, so the build lists them); 2: usage.
string? content = null;
string? output = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--content":
            content = args[i + 1];
            break;
        case "--out":
            output = args[i + 1];
            break;
        default:
            content = null;
            i = args.Length;
            break;
    }
}

if (content is null || output is null || args.Length != 4)
{
    Console.Error.WriteLine("usage: NkFunctions.Prerender --content CONTENT_ROOT --out PRERENDERED_FOLDER");
    return 2;
}

if (!Directory.Exists(content))
{
    Console.Error.WriteLine($"{content}: error NKP001: the content root does not exist");
    return 1;
}

var clock = Stopwatch.StartNew();
var outcome = ContentPrerenderer.Run(content, output, TimeProvider.System);
if (outcome.Errors.Count > 0)
{
    foreach (var error in outcome.Errors)
    {
        Console.Error.WriteLine($"{Path.Combine(content, error.File)}: error NKP002: {error.Message}");
    }

    Console.Error.WriteLine($"Prerendering stopped: {outcome.Errors.Count} content error(s); nothing was written.");
    return 1;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Prerendered {outcome.Articles} article(s) into {Path.GetFullPath(output)} in {clock.ElapsedMilliseconds} ms: {outcome.Written} written, {outcome.Kept} unchanged, {outcome.Removed} removed."));
return 0;
