using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CopOffice.Service.Manifest;

namespace CopOffice.Service.Tests.TaskPane;

/// <summary>
/// The Excel the manifest admits is the Excel the pane needs. Each Excel member workbook.js uses (the pane's one
/// door to Office.js) is looked up in @types/office-js, whose comments give its requirement set ("[Api set:
/// ExcelApi 1.7]"): nothing is typed by hand here. A member above the manifest's minimum must sit in a function
/// that first asks Office.context.requirements.isSetSupported("ExcelApi", that version or higher). A name that is
/// also a member of every Office.js object (OfficeExtension's load, sync, set …) or of JavaScript's own objects
/// (substring, message …, listed by Node) is not an Excel call: those are left out.
/// </summary>
public sealed partial class RequirementSetTests
{
    private static readonly string WorkbookJs = Path.Combine(Repository.Root, "src", "CopOffice.Service", "wwwroot", "js", "workbook.js");

    /// <summary>Each member of the Excel namespace's classes, with the lowest ExcelApi version any class has it from.</summary>
    private static Dictionary<string, Version> ExcelMembers(string declarations)
    {
        var members = new Dictionary<string, Version>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(declarations);
        var common = CommonMembers(lines);
        var start = Array.IndexOf(lines, "declare namespace Excel {");
        Version? set = null;
        for (var i = start + 1; i < lines.Length && lines[i] != "}"; i++)
        {
            if (ApiSet().Match(lines[i]) is { Success: true } annotation) set = Version.Parse(annotation.Groups[1].Value);
            else if (set is not null && Member().Match(lines[i]) is { Success: true } member)
            {
                var name = member.Groups[1].Value;
                if (common.Contains(name)) continue;
                if (!members.TryGetValue(name, out var known) || set < known) members[name] = set;
                set = null;
            }
        }
        return members;
    }

    /// <summary>Names every Office.js object has (OfficeExtension's classes) and JavaScript's own objects have.</summary>
    private static HashSet<string> CommonMembers(string[] declarations)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var start = Array.IndexOf(declarations, "declare namespace OfficeExtension {");
        for (var i = start + 1; i < declarations.Length && declarations[i] != "}"; i++)
            if (Member().Match(declarations[i]) is { Success: true } member) names.Add(member.Groups[1].Value);
        names.UnionWith(JavaScriptMembers.Value);
        return names;
    }

    private static readonly Lazy<string[]> JavaScriptMembers = new(() =>
    {
        const string script = "console.log(['String','Array','Object','Promise','Error','Uint8Array','Function','Number','Date','Map','Set'].flatMap(n => Object.getOwnPropertyNames(globalThis[n].prototype)).concat(Object.getOwnPropertyNames(new Error('x'))).join('\\n'))";
        var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node") { ArgumentList = { "-e", script }, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("node could not be started: the task pane tests need Node.js (npm installs their packages).");
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    });

    private static Version DeclaredMinimum()
    {
        var manifest = AddInManifest.Create(new Uri("https://copoffice.contoso.example/"));
        var excelApi = manifest.Descendants().Single(e => e.Name.LocalName == "Set" && (string?)e.Attribute("Name") == "ExcelApi");
        return Version.Parse((string)excelApi.Attribute("MinVersion")!);
    }

    /// <summary>Every ".member" workbook.js uses that is an Excel member, with its line and the guard of its function, if any.</summary>
    private static List<(string Member, Version Needs, int Line, Version? Guard)> Uses(Dictionary<string, Version> excel)
    {
        var uses = new List<(string, Version, int, Version?)>();
        var lines = File.ReadAllLines(WorkbookJs);
        Version? guard = null;
        for (var i = 0; i < lines.Length; i++)
        {
            // A function of the module starts a new scope; its isSetSupported("ExcelApi", v) guards what follows in it.
            if (ModuleFunction().IsMatch(lines[i])) guard = null;
            if (Guard().Match(lines[i]) is { Success: true } g) guard = Version.Parse(g.Groups[1].Value);
            var trimmed = lines[i].TrimStart();
            // Comments and string literals name answers ("about.email"), not calls.
            var code = trimmed.StartsWith('/') || trimmed.StartsWith('*') ? "" : Literal().Replace(lines[i], "\"\"");
            foreach (Match use in Use().Matches(code))
                if (excel.TryGetValue(use.Groups[1].Value, out var needs)) uses.Add((use.Groups[1].Value, needs, i + 1, guard));
        }
        return uses;
    }

    [Fact]
    public async Task Every_Excel_call_above_the_manifest_s_minimum_is_guarded_by_isSetSupported()
    {
        await OfficeJs.EnsureAsync();
        var minimum = DeclaredMinimum();
        var uses = Uses(ExcelMembers(OfficeJs.OfficeTypes));

        var unguarded = uses.Where(u => u.Needs > minimum && (u.Guard is null || u.Guard < u.Needs))
            .Select(u => $"workbook.js:{u.Line} {u.Member} needs ExcelApi {u.Needs}").ToList();
        Assert.True(unguarded.Count == 0, $"Above the manifest's ExcelApi {minimum} without isSetSupported: {string.Join("; ", unguarded)}");
        // The guarded ones are what an older Excel goes without: live progress (worksheet change events).
        Assert.Equal(["onChanged needs ExcelApi 1.7"], uses.Where(u => u.Needs > minimum).Select(u => $"{u.Member} needs ExcelApi {u.Needs}").Distinct());
    }

    [Fact]
    public async Task The_manifest_s_minimum_is_the_highest_set_the_pane_calls_unguarded()
    {
        await OfficeJs.EnsureAsync();
        var uses = Uses(ExcelMembers(OfficeJs.OfficeTypes));

        var highest = uses.Where(u => u.Guard is null).Max(u => u.Needs)!;
        Assert.Equal(DeclaredMinimum(), highest);
        // What makes it 1.4 (Excel 2016): finding the template's defined names and sheets by name.
        Assert.Contains(uses, u => u.Member == "getItemOrNullObject" && u.Needs == new Version(1, 4) && u.Guard is null);
    }

    [Fact]
    public async Task The_typings_say_what_this_test_relies_on()
    {
        await OfficeJs.EnsureAsync();
        var excel = ExcelMembers(OfficeJs.OfficeTypes);
        Assert.Equal(new Version(1, 7), excel["getRangeByIndexes"]);
        Assert.Equal(new Version(1, 7), excel["onChanged"]);
        Assert.Equal(new Version(1, 1), excel["getRange"]);
        Assert.True(excel.Count > 1000, excel.Count.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\[Api set: ExcelApi (\d+\.\d+)\]")]
    private static partial Regex ApiSet();

    [GeneratedRegex(@"^\s{8}(?:readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)\??(?:\(|:)")]
    private static partial Regex Member();

    [GeneratedRegex(@"^\s{2}(?:async\s+)?function\s+\w+\(")]
    private static partial Regex ModuleFunction();

    [GeneratedRegex(@"isSetSupported\(""ExcelApi"",\s*""(\d+\.\d+)""\)")]
    private static partial Regex Guard();

    [GeneratedRegex(@"\.([A-Za-z_][A-Za-z0-9_]*)\b")]
    private static partial Regex Use();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'")]
    private static partial Regex Literal();
}
