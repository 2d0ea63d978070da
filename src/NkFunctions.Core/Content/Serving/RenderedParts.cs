using System.Collections.Frozen;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>What <see cref="RepresentationBuilder.Article"/> renders of an article: its whole-body fragments and its sections.</summary>
/// <param name="Fragments">The Markdown and plain-text bodies.</param>
/// <param name="Sections">Every section with its representations, by id.</param>
internal sealed record RenderedParts(Representation[] Fragments, FrozenDictionary<string, RenderedSection> Sections);
