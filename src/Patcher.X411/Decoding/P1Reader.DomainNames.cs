using System.Runtime.CompilerServices;
using Patcher.X411.Ber;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// Reads, in its common form, an explicitly tagged <c>CHOICE { numeric NumericString, printable PrintableString }</c>:
    /// the country name (61), administration domain name (62) and private domain name (A2) of every global domain
    /// identifier and O/R name. Common form: both headers two octets, the string primitive and filling its wrapper, its
    /// size within [<paramref name="numericMin"/>, <paramref name="numericMax"/>] or [<paramref name="printableMin"/>,
    /// <paramref name="printableMax"/>] and every character in its repertoire. Anything else moves nothing and returns
    /// false: the caller then reads the element checked (Enter, the CHOICE, Exit), which accepts exactly this form too and
    /// says where and why anything else is wrong. One check of six octets replaces two frames and two path segments.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadDomainName(in Frame parent, byte wrapper, int numericMin, int numericMax, int printableMin, int printableMax, out StringSpan value)
    {
        value = default;
        var position = _position;
        var contentStart = position + 4;
        if ((uint)contentStart > (uint)_data.Length || contentStart > parent.Bound || _data[position] != wrapper
            || _path.Depth > ElementPath.MaxDepth - 2)
        {
            return false;
        }

        var identifier = _data[position + 2];
        var length = _data[position + 3];
        var numeric = identifier == Tags.NumericString;
        // Sizes here are at most 16 (ub-domain-name-length), so length + 2 is a short-form length, never 0x80 (indefinite).
        if ((!numeric && identifier != Tags.PrintableString) || _data[position + 1] != length + 2 || length > parent.Bound - contentStart
            || length < (numeric ? numericMin : printableMin) || length > (numeric ? numericMax : printableMax)
            || CharacterSets.IndexOfInvalid(_data.Slice(contentStart, length), numeric ? CharacterSet.Numeric : CharacterSet.Printable) >= 0)
        {
            return false;
        }

        _position = contentStart + length;
        value = new StringSpan(contentStart, contentStart + length, Segmented: false, length);
        return true;
    }
}
