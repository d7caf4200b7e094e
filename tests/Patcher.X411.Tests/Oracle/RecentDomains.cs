using System.Runtime.CompilerServices;
using Patcher.X411.Model;

namespace Patcher.X411.Tests.Oracle;

/// <summary>A few global domain identifiers a decode made lately, kept in the reader so that equal ones can be shared.</summary>
[InlineArray(Size)]
internal struct RecentDomains
{
    public const int Size = 8;

    private GlobalDomainIdentifier? _first;
}
