using Microsoft.Extensions.Time.Testing;

namespace Patcher.Core.Tests.Services;

/// <summary>Runs a task to completion on fake time: advances the clock in small steps until it is done. No real waiting.</summary>
internal static class FakeClock
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Func<Task<T>> start, TimeSpan? limit = null)
    {
        var task = start();
        var end = time.GetUtcNow() + (limit ?? TimeSpan.FromHours(6));
        while (true)
        {
            for (var spin = 0; spin < 4 && !task.IsCompleted; spin++)
            {
                await Task.Yield();
            }

            if (!task.IsCompleted)
            {
                // Let continuations queued on the thread pool (cancellations, Polly's) run before time moves on. On a busy
                // machine a queued continuation can wait, and a clock that kept stepping meanwhile would run past timers
                // the code has not yet set (a start budget ended a retry loop after one attempt in CI): wait, boundedly,
                // until the pool has nothing queued.
                await Task.Run(() => { });
                for (var wait = 0; wait < 200 && ThreadPool.PendingWorkItemCount > 0 && !task.IsCompleted; wait++)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System);
                }
            }

            if (task.IsCompleted)
            {
                return await task;
            }

            Assert.True(time.GetUtcNow() < end, "The operation did not end within its simulated time limit.");
            time.Advance(Step);
        }
    }
}
