namespace CopOffice.Framework;

public enum FactorSide { Community, Organisation }

/// <summary>A critical success factor (seeds 000, 001), on the community's or the organisation's side.</summary>
public sealed record SuccessFactor(string Id, string Name, FactorSide Side);
