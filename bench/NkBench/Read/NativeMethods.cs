using System.Runtime.InteropServices;

namespace NkBench.Read;

/// <summary>
/// usleep: .NET's Thread.Sleep only sleeps whole milliseconds, too coarse to pace requests a few hundred microseconds
/// apart; usleep wakes within tens of microseconds on Linux.
/// </summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int usleep(uint microseconds);
}
