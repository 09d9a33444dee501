using System.Text;

namespace CollectionsPlatform.Grpc;

public sealed partial class Metadata
{
    /// <summary>One metadata key/value pair; keys ending in "-bin" carry binary values.</summary>
    public sealed class Entry
    {
        private readonly string? _value;
        private readonly byte[]? _valueBytes;

        public Entry(string key, string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            Key = NormalizeKey(key);
            if (IsBinaryKey(Key))
            {
                throw new ArgumentException("Keys ending in '-bin' take a byte[] value.", nameof(key));
            }

            _value = value;
        }

        public Entry(string key, byte[] valueBytes)
        {
            ArgumentNullException.ThrowIfNull(valueBytes);
            Key = NormalizeKey(key);
            if (!IsBinaryKey(Key))
            {
                throw new ArgumentException("Only keys ending in '-bin' take a byte[] value.", nameof(key));
            }

            _valueBytes = valueBytes;
        }

        /// <summary>The lower-case key.</summary>
        public string Key { get; }

        /// <summary>True for "-bin" keys.</summary>
        public bool IsBinary => _valueBytes is not null;

        /// <summary>The ASCII value; for binary entries an error.</summary>
        public string Value => _value ?? throw new InvalidOperationException("A binary entry has no string value; use ValueBytes.");

        /// <summary>The binary value; for ASCII entries the ASCII bytes of the value.</summary>
        public byte[] ValueBytes => _valueBytes ?? Encoding.ASCII.GetBytes(_value!);

        public override string ToString() => IsBinary ? $"[Entry: key={Key}, valueBytes={_valueBytes!.Length}]" : $"[Entry: key={Key}, value={_value}]";

        internal static bool IsBinaryKey(string key) => key.EndsWith(BinaryHeaderSuffix, StringComparison.Ordinal);
    }
}
