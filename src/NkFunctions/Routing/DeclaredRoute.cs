using Microsoft.Azure.Functions.Worker;

namespace NkFunctions.Routing;

/// <summary>An HTTP function as its attributes declare it.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Template">The route template, relative to the route prefix.</param>
/// <param name="Methods">The HTTP methods, lower case as declared.</param>
/// <param name="AuthLevel">Who may call it.</param>
public sealed record DeclaredRoute(string Function, string Template, IReadOnlyList<string> Methods, AuthorizationLevel AuthLevel);
