namespace CollectionsPlatform.Grpc.Protocol;

/// <summary>Metadata on the wire: which headers are reserved, and base64 for "-bin" values.</summary>
public static class MetadataEncoding
{
    /// <summary>True for headers that belong to the protocol and never appear in <see cref="Metadata"/>.</summary>
    public static bool IsReservedHeader(string name) =>
        name.Length == 0
        || name[0] == ':'
        || string.Equals(name, "content-type", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, GrpcProtocolConstants.TeHeader, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "host", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "content-length", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(name, GrpcProtocolConstants.StatusDetailsTrailer, StringComparison.OrdinalIgnoreCase));

    /// <summary>Base64 without padding, as the spec asks senders to emit.</summary>
    public static string EncodeBinary(ReadOnlySpan<byte> value) => Convert.ToBase64String(value).TrimEnd('=');

    /// <summary>Decodes base64 with or without padding.</summary>
    public static byte[] DecodeBinary(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        var padding = (4 - (trimmed.Length % 4)) % 4;
        return Convert.FromBase64String(padding == 0 ? trimmed : trimmed + new string('=', padding));
    }

    /// <summary>The header value of an entry (base64 for binary entries).</summary>
    public static string ToHeaderValue(Metadata.Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.IsBinary ? EncodeBinary(entry.ValueBytes) : entry.Value;
    }

    /// <summary>Adds one received header to metadata unless it is reserved; "-bin" values are decoded (several values may be comma-separated).</summary>
    public static void AddHeader(Metadata metadata, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (IsReservedHeader(name))
        {
            return;
        }

        if (name.EndsWith(Metadata.BinaryHeaderSuffix, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                metadata.Add(name, DecodeBinary(part));
            }

            return;
        }

        metadata.Add(name, value);
    }

    /// <summary>Builds the status a peer reported from its grpc-status and grpc-message values.</summary>
    public static Status ParseStatus(string? grpcStatus, string? grpcMessage)
    {
        if (grpcStatus is null || !int.TryParse(grpcStatus, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return new Status(StatusCode.Unknown, grpcStatus is null ? "No grpc-status found on response." : $"Invalid grpc-status value '{grpcStatus}'.");
        }

        return new Status((StatusCode)code, grpcMessage is null ? string.Empty : PercentEncoding.Decode(grpcMessage));
    }
}
