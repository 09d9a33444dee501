using System.Collections;

namespace CollectionsPlatform.Grpc;

/// <summary>Call headers or trailers: an ordered list of key/value entries, like Grpc.Core.Metadata.</summary>
public sealed partial class Metadata : IList<Metadata.Entry>
{
    /// <summary>The suffix of keys whose values are binary.</summary>
    public const string BinaryHeaderSuffix = "-bin";

    private readonly List<Entry> _entries = [];
    private bool _readOnly;

    /// <summary>A shared empty, read-only instance.</summary>
    public static Metadata Empty { get; } = new Metadata().Freeze();

    public int Count => _entries.Count;

    public bool IsReadOnly => _readOnly;

    public Entry this[int index]
    {
        get => _entries[index];
        set
        {
            EnsureWritable();
            _entries[index] = value;
        }
    }

    public void Add(string key, string value) => Add(new Entry(key, value));

    public void Add(string key, byte[] valueBytes) => Add(new Entry(key, valueBytes));

    public void Add(Entry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        EnsureWritable();
        _entries.Add(item);
    }

    /// <summary>The last entry with the key, or null.</summary>
    public Entry? Get(string key)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return _entries[i];
            }
        }

        return null;
    }

    /// <summary>The ASCII value of the last entry with the key, or null.</summary>
    public string? GetValue(string key) => Get(key)?.Value;

    /// <summary>The binary value of the last entry with the key, or null.</summary>
    public byte[]? GetValueBytes(string key) => Get(key)?.ValueBytes;

    /// <summary>All entries with the key, in order.</summary>
    public IEnumerable<Entry> GetAll(string key) =>
        _entries.Where(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));

    public void Clear()
    {
        EnsureWritable();
        _entries.Clear();
    }

    public bool Contains(Entry item) => _entries.Contains(item);

    public void CopyTo(Entry[] array, int arrayIndex) => _entries.CopyTo(array, arrayIndex);

    public IEnumerator<Entry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(Entry item) => _entries.IndexOf(item);

    public void Insert(int index, Entry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        EnsureWritable();
        _entries.Insert(index, item);
    }

    public bool Remove(Entry item)
    {
        EnsureWritable();
        return _entries.Remove(item);
    }

    public void RemoveAt(int index)
    {
        EnsureWritable();
        _entries.RemoveAt(index);
    }

    /// <summary>Makes this instance read-only and returns it.</summary>
    public Metadata Freeze()
    {
        _readOnly = true;
        return this;
    }

    internal static string NormalizeKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        foreach (var c in key)
        {
            var valid = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!valid)
            {
                throw new ArgumentException($"Metadata key '{key}' contains an invalid character.", nameof(key));
            }
        }

        return key.ToLowerInvariant();
    }

    private void EnsureWritable()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException("Metadata is read-only.");
        }
    }
}
