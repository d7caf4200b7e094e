// The NDR rules live once, in the engine's public API (issue 10): whether a decode result owes an NDR
// (Patcher.X411.Ndr.NdrSubject), the report identifier, the MTA name and the domain text. `decode` (Decode/) names
// the eligibility rule as it did when it lived here; these aliases keep those names pointing at the engine's.
global using NdrEligibility = Patcher.X411.Ndr.NdrEligibility;
global using NdrSubject = Patcher.X411.Ndr.NdrSubject;
