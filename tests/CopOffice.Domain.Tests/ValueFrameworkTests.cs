using System.Text.RegularExpressions;
using CopOffice.Framework;

namespace CopOffice.Domain.Tests;

public class ValueFrameworkTests
{
    [Fact]
    public void Twenty_indicators_five_per_quadrant_named_as_in_the_seeds()
    {
        string[] Names(Quadrant q) => [.. ValueFramework.IndicatorsIn(q).Select(i => i.Name)];

        Assert.Equal(20, ValueFramework.Indicators.Count);
        Assert.Equal(["help with challenges", "access to expertise", "confidence", "fun with colleagues", "meaningful work"], Names(Quadrant.MembersShortTerm));
        Assert.Equal(["personal development", "reputation", "professional identity", "network", "marketability"], Names(Quadrant.MembersLongTerm));
        Assert.Equal(["problem solving", "time saving", "knowledge sharing", "synergies across units", "reuse of resources"], Names(Quadrant.OrganisationShortTerm));
        Assert.Equal(["strategic capabilities", "keeping abreast", "innovation", "retention of talents", "new strategies"], Names(Quadrant.OrganisationLongTerm));
    }

    [Theory]
    [InlineData("fun_with_colleagues", ValueCycle.Immediate)]
    [InlineData("access_to_expertise", ValueCycle.Potential)]
    [InlineData("problem_solving", ValueCycle.Applied)]
    [InlineData("time_saving", ValueCycle.Realized)]
    [InlineData("new_strategies", ValueCycle.Reframing)]
    public void Indicators_carry_the_documented_value_cycle(string id, ValueCycle cycle) =>
        Assert.Equal(cycle, ValueFramework.Indicator(id).Cycle);

    [Fact]
    public void Every_value_cycle_has_indicators_and_a_story_question()
    {
        foreach (var cycle in ValueCycles.All)
        {
            Assert.Contains(ValueFramework.Indicators, i => i.Cycle == cycle);
            Assert.Contains(ValueFramework.StoryQuestions, s => s.Cycle == cycle);
        }
    }

    [Fact]
    public void Story_questions_follow_seed_002_in_order()
    {
        Assert.Equal(["activities", "insights", "practice", "performance", "development", "organisation_qualitative", "organisation_quantitative", "reframing"],
            ValueFramework.StoryQuestions.Select(s => s.Id));
        Assert.Equal("What meaningful activities did you participate in?", ValueFramework.StoryQuestions[0].Text);
        Assert.Single(ValueFramework.StoryQuestions, s => s.AsksForFigures);
    }

    [Fact]
    public void Twelve_leadership_roles_and_eight_member_types()
    {
        Assert.Equal(["Coordination", "Event facilitation", "Inquiry – learning agenda", "Subgroup leadership", "Networking", "Expertise",
            "Institutional liaison", "Boundary connections", "Documentation – repository", "Infrastructure", "Generations – newcomers/alumni", "Transactions – help desk"],
            ValueFramework.LeadershipRoles.Select(r => r.Name));
        Assert.Equal(["Coordinator", "Expert", "Core member", "Lurker", "Active member", "Sponsor", "Peripheral member", "Outsider"],
            ValueFramework.MemberTypes.Select(t => t.Name));
        Assert.Equal(["purpose", "actions", "challenges", "gratification", "qualification", "support"], ValueFramework.RoleAspects.Select(a => a.Id));
    }

    [Fact]
    public void Ten_success_factors_five_on_each_side()
    {
        Assert.Equal(10, ValueFramework.SuccessFactors.Count);
        Assert.Equal(["Domain that energizes a core group", "Skillful and reputable coordinator", "Involvement of experts", "Address details of practice", "Right rhythm and mix of activities"],
            ValueFramework.SuccessFactors.Where(f => f.Side == FactorSide.Community).Select(f => f.Name));
        Assert.Equal(["Strategic relevance of domain", "Visible management sponsorship, but without micro-management", "Dance of formal and informal structures", "Adequate resources", "Consistent attitude"],
            ValueFramework.SuccessFactors.Where(f => f.Side == FactorSide.Organisation).Select(f => f.Name));
    }

    [Fact]
    public void Six_cultivation_stages_with_their_actions()
    {
        Assert.Equal(["educate", "set strategic context", "support", "get going", "encourage", "integrate"], ValueFramework.CultivationStages.Select(s => s.Name));
        Assert.Equal([3, 3, 2, 6, 3, 3], ValueFramework.CultivationStages.Select(s => s.Actions.Count));
        Assert.Equal("Publicize successes", ValueFramework.CultivationStages[4].Actions[2]);
    }

    [Fact]
    public void Vision_fields_and_readiness_questions_of_seed_003()
    {
        Assert.Equal(["Purpose", "Vision", "Objectives", "Strategy", "Value proposition"], ValueFramework.VisionFields.Select(v => v.Name));
        Assert.Equal(6, ValueFramework.ReadinessThemes.Count);
        Assert.Equal([3, 3, 2, 4, 2, 5], ValueFramework.ReadinessThemes.Select(t => ValueFramework.ReadinessQuestions.Count(q => q.Theme == t)));
        Assert.Equal("Do you have a good domain?", ValueFramework.ReadinessThemes[0].Question);
    }

    [Fact]
    public void Ids_are_unique_and_safe_for_defined_names()
    {
        var ids = ValueFramework.Indicators.Select(i => i.Id)
            .Concat(ValueFramework.LeadershipRoles.Select(r => r.Id))
            .Concat(ValueFramework.SuccessFactors.Select(f => f.Id))
            .Concat(ValueFramework.ReadinessQuestions.Select(r => r.Id))
            .Concat(ValueFramework.StoryQuestions.Select(s => s.Id))
            .ToList();
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9_]*$", id));
        Assert.Equal(ids.Count, ValueFramework.Indicators.Count + ValueFramework.LeadershipRoles.Count + ValueFramework.SuccessFactors.Count
            + ValueFramework.ReadinessQuestions.Count + ValueFramework.StoryQuestions.Count);
        foreach (var group in new[] { ValueFramework.Indicators.Select(i => i.Id), ValueFramework.LeadershipRoles.Select(r => r.Id), ValueFramework.ReadinessQuestions.Select(r => r.Id) })
            Assert.Equal(group.Count(), group.Distinct().Count());
    }

    /// <summary>The seeds sit in shared/ beside the repository on CI and developer machines.</summary>
    [Fact]
    public void Names_appear_in_the_seed_documents()
    {
        var seeds = SeedText.Load();
        if (seeds is null) return; // a clone without shared/ beside it: the exact lists above still hold.
        var names = ValueFramework.Indicators.Select(i => i.Name)
            .Concat(ValueFramework.SuccessFactors.Select(f => f.Name))
            .Concat(ValueFramework.MemberTypes.Select(t => t.Name))
            .Concat(ValueFramework.CultivationStages.Select(s => s.Name))
            .Concat(ValueFramework.LeadershipRoles.Where(r => r.Id != "generations_newcomers_alumni").Select(r => r.Name));
        Assert.All(names, name => Assert.Contains(SeedText.Normalise(name), seeds));
    }
}

internal static class SeedText
{
    public static string? Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
                return Normalise(string.Join(" ", Directory.GetFiles(seeds, "*.txt").Order().Select(File.ReadAllText)));
        }
        return null;
    }

    // The seeds are OCR: bullets, line breaks and double spaces fall anywhere.
    public static string Normalise(string text) => Regex.Replace(text.ToLowerInvariant().Replace('·', ' ').Replace('•', ' '), @"\s+", " ");
}
