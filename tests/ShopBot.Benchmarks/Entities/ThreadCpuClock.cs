using System.Runtime.InteropServices;

namespace ShopBot.Benchmarks.Entities;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so that a benchmark on a shared
/// machine can leave out the time other processes held the core. Unavailable elsewhere (<see cref="IsAvailable"/>).
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether the clock can be read on this system.</summary>
    public static bool IsAvailable { get; } = Probe();

    /// <summary>The thread's CPU time in nanoseconds, or -1 when unavailable.</summary>
    public static long Nanoseconds()
    {
        if (!IsAvailable) return -1;
        return ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : -1;
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
