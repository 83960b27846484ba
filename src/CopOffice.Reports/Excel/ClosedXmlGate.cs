namespace CopOffice.Reports.Excel;

/// <summary>
/// One ClosedXML workbook is built at a time in the process. ClosedXML 0.95.4 keeps styles in a process-wide
/// cache of weak references whose Store spins for ever when it meets an entry that another thread added and
/// the collector has since freed (XLRepositoryBase.Store: TryGetValue finds it dead, TryAdd fails, repeat).
/// Two report writers on two threads hung a run that way. Views are still computed in parallel; only the
/// building and saving of workbooks waits here.
/// </summary>
internal static class ClosedXmlGate
{
    public static readonly Lock Lock = new();
}
