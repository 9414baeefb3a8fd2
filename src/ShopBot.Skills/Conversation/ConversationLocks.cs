namespace ShopBot.Skills.Conversation;

/// <summary>
/// Serialises turns per conversation: turns of one conversation run one at a time in arrival order, different
/// conversations in parallel. Locks are reference counted and removed when no turn holds or waits for them.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Waits for the conversation's lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }

            entry.References++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Release(conversationId, entry, held: false);
            throw;
        }

        return new Releaser(this, conversationId, entry);
    }

    /// <summary>Number of conversations with a held or awaited lock (for tests and diagnostics).</summary>
    public int ActiveCount
    {
        get { lock (_entries) return _entries.Count; }
    }

    private void Release(string conversationId, Entry entry, bool held)
    {
        if (held) entry.Semaphore.Release();
        lock (_entries)
        {
            if (--entry.References == 0) _entries.Remove(conversationId);
        }
    }

    private sealed class Entry
    {
        // SemaphoreSlim releases asynchronous waiters in the order they started waiting (its async waiter list is a
        // queue), which gives turns their arrival order; only WaitAsync is used on it.
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }
    }

    private sealed class Releaser(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Release(conversationId, entry, held: true);
        }
    }
}
