namespace CopOffice.Questionnaires;

/// <summary>
/// The custom document property in which the CopOffice service records who submitted a workbook: the address
/// of the member or coordinator signed in when it was handed in. The service writes it on every workbook it
/// stores, replacing whatever the upload carried, so it is as trustworthy as the intake folder is private.
/// </summary>
public static class SubmitterProperty
{
    public const string Name = "CopOffice.SubmittedBy";
}
