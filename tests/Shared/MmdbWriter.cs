using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NkFunctions.Testing;

/// <summary>
/// Writes small MaxMind DB files for tests, following the MaxMind DB File Format Specification 2.0
/// (https://maxmind.github.io/MaxMind-DB/): a binary search tree over the address bits, a 16-byte zero separator, a
/// data section, then <c>\xAB\xCD\xEFMaxMind.com</c> and the metadata map. Each network maps to
/// <c>{"country_code": code}</c>, the record shape of ip-location-db's country databases. Networks must not overlap
/// (enough for tests; a real writer would split and merge). Compiled into each test project that needs it.
/// </summary>
internal sealed class MmdbWriter
{
    private static readonly byte[] MetadataMarker = [0xAB, 0xCD, 0xEF, .. "MaxMind.com"u8];
    private static readonly string[] Languages = ["en"];

    private readonly int _ipVersion;
    private readonly int _recordSize;
    private readonly Node _root = new();

    /// <param name="ipVersion">6: one tree for both families, IPv4 under <c>::/96</c> (as the spec places it); 4: IPv4 only.</param>
    /// <param name="recordSize">24, 28 or 32 bits per record.</param>
    public MmdbWriter(int ipVersion = 6, int recordSize = 24)
    {
        if (ipVersion is not (4 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(ipVersion));
        }

        if (recordSize is not (24 or 28 or 32))
        {
            throw new ArgumentOutOfRangeException(nameof(recordSize));
        }

        _ipVersion = ipVersion;
        _recordSize = recordSize;
    }

    /// <summary>What the metadata's <c>database_type</c> says.</summary>
    public string DatabaseType { get; init; } = "nk-test-country";

    /// <summary>Maps <paramref name="cidr"/> (<c>192.0.2.0/24</c>, <c>2001:db8::/32</c>) to <paramref name="countryCode"/>.</summary>
    public MmdbWriter Add(string cidr, string countryCode)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var address = IPAddress.Parse(cidr[..slash]);
        var prefix = int.Parse(cidr[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork && _ipVersion == 6)
        {
            // IPv4 lives in the first 2^32 addresses of an IPv6 tree: 96 zero bits, then the IPv4 bits.
            bytes = [.. new byte[12], .. bytes];
            prefix += 96;
        }
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && _ipVersion == 4)
        {
            throw new ArgumentException("An IPv4 tree cannot hold an IPv6 network.", nameof(cidr));
        }

        var node = _root;
        for (var bit = 0; bit < prefix; bit++)
        {
            if (node.Country is not null)
            {
                throw new InvalidOperationException($"{cidr} lies inside a network added before.");
            }

            var one = ((bytes[bit / 8] >> (7 - (bit % 8))) & 1) == 1;
            node = one ? node.Right ??= new Node() : node.Left ??= new Node();
        }

        if (node.Left is not null || node.Right is not null || node.Country is not null)
        {
            throw new InvalidOperationException($"{cidr} overlaps a network added before.");
        }

        node.Country = countryCode;
        return this;
    }

    /// <summary>The database file's bytes.</summary>
    public byte[] Build()
    {
        // Number the inner nodes breadth-first from the root (node 0); leaves become data pointers, not nodes.
        var nodes = new List<Node>();
        var queue = new Queue<Node>([_root]);
        while (queue.TryDequeue(out var node))
        {
            node.Number = nodes.Count;
            nodes.Add(node);
            if (node.Left is { Country: null } left)
            {
                queue.Enqueue(left);
            }

            if (node.Right is { Country: null } right)
            {
                queue.Enqueue(right);
            }
        }

        // One data record per country, shared by every network of that country.
        var data = new Encoder();
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var country in nodes.SelectMany(n => new[] { n.Left?.Country, n.Right?.Country }).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            offsets[country] = data.Length;
            data.Map(new Dictionary<string, object> { ["country_code"] = country });
        }

        var nodeCount = nodes.Count;
        var output = new MemoryStream();
        var nodeBytes = new byte[_recordSize * 2 / 8];
        foreach (var node in nodes)
        {
            WriteNode(nodeBytes, Record(node.Left), Record(node.Right));
            output.Write(nodeBytes);
        }

        output.Write(new byte[16]);
        output.Write(data.ToArray());
        output.Write(MetadataMarker);
        var metadata = new Encoder();
        metadata.Map(new Dictionary<string, object>
        {
            ["binary_format_major_version"] = (ushort)2,
            ["binary_format_minor_version"] = (ushort)0,
            ["build_epoch"] = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["database_type"] = DatabaseType,
            ["description"] = new Dictionary<string, object> { ["en"] = "Test database written by NkFunctions' MmdbWriter" },
            ["ip_version"] = (ushort)_ipVersion,
            ["languages"] = Languages,
            ["node_count"] = (uint)nodeCount,
            ["record_size"] = (ushort)_recordSize,
        });
        output.Write(metadata.ToArray());
        return output.ToArray();

        // A record is a node number, node_count for "no data", or node_count + 16 + the data offset.
        uint Record(Node? child) => child switch
        {
            null => (uint)nodeCount,
            { Country: { } country } => (uint)(nodeCount + 16 + offsets[country]),
            _ => (uint)child.Number,
        };
    }

    /// <summary>Writes the database to <paramref name="path"/>.</summary>
    public void WriteTo(string path) => File.WriteAllBytes(path, Build());

    private void WriteNode(byte[] node, uint left, uint right)
    {
        switch (_recordSize)
        {
            case 24:
                Write24(node, 0, left);
                Write24(node, 3, right);
                break;
            case 28:
                // The middle byte carries the top four bits of each record: left's in its high nibble, right's in its low.
                Write24(node, 0, left & 0xFFFFFF);
                node[3] = (byte)((((left >> 24) & 0x0F) << 4) | ((right >> 24) & 0x0F));
                Write24(node, 4, right & 0xFFFFFF);
                break;
            default:
                BinaryPrimitives.WriteUInt32BigEndian(node.AsSpan(0), left);
                BinaryPrimitives.WriteUInt32BigEndian(node.AsSpan(4), right);
                break;
        }
    }

    private static void Write24(byte[] buffer, int at, uint value)
    {
        if (value > 0xFFFFFF)
        {
            throw new InvalidOperationException("Too many nodes for 24-bit records.");
        }

        buffer[at] = (byte)(value >> 16);
        buffer[at + 1] = (byte)(value >> 8);
        buffer[at + 2] = (byte)value;
    }

    private sealed class Node
    {
        public Node? Left { get; set; }

        public Node? Right { get; set; }

        public string? Country { get; set; }

        public int Number { get; set; }
    }

    /// <summary>The data-section encoding: a control byte (type in the top 3 bits, size in the low 5), then the payload.</summary>
    private sealed class Encoder
    {
        private const int Utf8StringType = 2;
        private const int MapType = 7;
        private const int Uint16Type = 5;
        private const int Uint32Type = 6;
        private const int Uint64Type = 9;
        private const int ArrayType = 11;

        private readonly List<byte> _bytes = [];

        public int Length => _bytes.Count;

        public byte[] ToArray() => [.. _bytes];

        public void Map(IReadOnlyDictionary<string, object> map)
        {
            Control(MapType, map.Count);
            foreach (var (key, value) in map)
            {
                Value(key);
                Value(value);
            }
        }

        private void Value(object value)
        {
            switch (value)
            {
                case string text:
                    var utf8 = Encoding.UTF8.GetBytes(text);
                    Control(Utf8StringType, utf8.Length);
                    _bytes.AddRange(utf8);
                    break;
                case ushort number:
                    Unsigned(Uint16Type, number);
                    break;
                case uint number:
                    Unsigned(Uint32Type, number);
                    break;
                case ulong number:
                    Unsigned(Uint64Type, number);
                    break;
                case IReadOnlyDictionary<string, object> map:
                    Map(map);
                    break;
                case string[] items:
                    Control(ArrayType, items.Length);
                    foreach (var item in items)
                    {
                        Value(item);
                    }

                    break;
                default:
                    throw new NotSupportedException(value.GetType().Name);
            }
        }

        // Unsigned integers are big-endian with leading zero bytes left out; the size is the number of bytes kept.
        private void Unsigned(int type, ulong value)
        {
            Span<byte> buffer = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(buffer, value);
            var first = buffer.IndexOfAnyExcept((byte)0);
            var kept = first < 0 ? buffer[8..] : buffer[first..];
            Control(type, kept.Length);
            _bytes.AddRange(kept);
        }

        // Types above 7 are "extended": type bits 0 in the control byte, then a byte holding the type minus 7.
        // Sizes of 29 and more spill into one to three following bytes.
        private void Control(int type, int size)
        {
            var sizeBits = size switch { < 29 => size, < 285 => 29, < 65_821 => 30, _ => 31 };
            _bytes.Add((byte)(((type <= 7 ? type : 0) << 5) | sizeBits));
            if (type > 7)
            {
                _bytes.Add((byte)(type - 7));
            }

            switch (sizeBits)
            {
                case 29:
                    _bytes.Add((byte)(size - 29));
                    break;
                case 30:
                    var extra = size - 285;
                    _bytes.Add((byte)(extra >> 8));
                    _bytes.Add((byte)extra);
                    break;
                case 31:
                    var more = size - 65_821;
                    _bytes.Add((byte)(more >> 16));
                    _bytes.Add((byte)(more >> 8));
                    _bytes.Add((byte)more);
                    break;
            }
        }
    }
}
