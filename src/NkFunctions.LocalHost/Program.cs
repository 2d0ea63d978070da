using NkFunctions.LocalHost;

// Everything lives in LocalHostApp so integration tests can start the very same host in-process.
await using var app = LocalHostApp.Build(args);
await app.RunAsync().ConfigureAwait(false);
