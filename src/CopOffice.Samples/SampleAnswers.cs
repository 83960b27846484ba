using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Samples;

/// <summary>Plausible answers: each community has its own value profile, improving a little each period.</summary>
internal sealed class SampleAnswers(SampleOrganisation organisation, int seed)
{
    private static readonly Dictionary<string, string[]> Topics = new()
    {
        ["Data Science"] = ["feature stores", "model monitoring", "forecasting demand", "data quality checks"],
        ["Agile Coaching"] = ["retrospective formats", "team health checks", "scaling planning", "coaching new scrum masters"],
        ["Field Service"] = ["first-time fix rates", "spare-parts planning", "remote diagnostics", "safety briefings"],
        ["Cyber Security"] = ["phishing drills", "incident runbooks", "threat modelling", "patch windows"],
        ["Customer Experience"] = ["complaint handling", "journey mapping", "survey design", "call-centre scripts"],
        ["Sustainability"] = ["carbon accounting", "supplier audits", "energy dashboards", "circular packaging"],
    };

    // Coordinators and experts are core members too (seed 002: "circle any that applies"); they are counted
    // as coordinators and experts all the same, so the sample's figures by member type do not move.
    private static string TypesChosen(SampleMember member) =>
        member.MemberType is "Coordinator" or "Expert" ? $"Core member; {member.MemberType}" : member.MemberType;

    public IReadOnlyDictionary<string, object?> ValueSurvey(SampleMember member, Period period, int periodIndex)
    {
        var random = new Random(StableSeed.Of(seed, member.Email, period.ToString()));
        var communityIndex = IndexOf(member.Community);
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Name] = member.Name,
            [AnswerNames.Email] = member.Email,
            [AnswerNames.Community] = member.Community,
            [AnswerNames.Unit] = member.Unit,
            [AnswerNames.MemberType] = TypesChosen(member),
            [AnswerNames.Period] = period.ToString(),
            [AnswerNames.Consent] = SampleOrganisation.Pick(random, [(Consent.Named, 45), (Consent.Anonymous, 35), (Consent.No, 20)]),
        };
        foreach (var role in member.Roles) answers[AnswerNames.RoleHeld(role)] = "yes";

        foreach (var indicator in ValueFramework.Indicators)
        {
            var quadrant = Quadrant.All.ToList().IndexOf(indicator.Quadrant);
            // Members value short-term help most; organisation long-term value builds with time.
            var mean = 3.1 + 0.25 * ((communityIndex + quadrant) % 3 - 1) + 0.15 * periodIndex
                       + (quadrant == 0 ? 0.4 : quadrant == 3 ? -0.4 : 0)
                       + (member.MemberType is "Core member" or "Coordinator" or "Expert" ? 0.4 : member.MemberType == "Lurker" ? -0.5 : 0);
            answers[AnswerNames.Indicator(indicator.Id)] = random.NextDouble() < 0.05
                ? RatingScale.NotApplicable
                : Math.Clamp((int)Math.Round(mean + Normal(random) * 0.9), 1, 5);
        }

        if (random.NextDouble() < 0.45) Story(answers, member, random);
        if (random.NextDouble() < 0.35) answers[AnswerNames.Enablers] = Pick(random, Enablers);
        if (random.NextDouble() < 0.35) answers[AnswerNames.Challenges] = Pick(random, Challenges);
        // Drawn last, so that the answers above stay as they were before the reflection boxes.
        foreach (var quadrant in Quadrant.All)
            if (random.NextDouble() < 0.2) answers[AnswerNames.Reflection(quadrant.Id)] = Pick(random, Reflections[quadrant.Id]);
        return answers;
    }

    public IReadOnlyDictionary<string, object?> HealthCheck(string community, Period period, int periodIndex)
    {
        var random = new Random(StableSeed.Of(seed, community, period.ToString(), "health"));
        var coordinator = organisation.Coordinator(community);
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = community,
            [AnswerNames.Unit] = coordinator.Unit,
            [AnswerNames.Period] = period.ToString(),
            [AnswerNames.CompletedBy] = $"{coordinator.Name} and the core group",
            [AnswerNames.Email] = coordinator.Email,
        };
        foreach (var factor in ValueFramework.SuccessFactors)
        {
            answers[AnswerNames.Factor(factor.Id)] = Math.Clamp((int)Math.Round(3.3 + 0.2 * periodIndex + Normal(random) * 0.8), 1, 5);
            if (random.NextDouble() < 0.3) answers[AnswerNames.FactorComment(factor.Id)] = Pick(random, FactorComments);
        }
        Vision(answers, community);
        return answers;
    }

    /// <summary>
    /// Seed 003's forming check: an established community confirms its readiness once a year; the pilot is ready in its
    /// domain, not yet as a community (no clear group, no one to lead yet), and half-way in its practice.
    /// </summary>
    public IReadOnlyDictionary<string, object?> FormingCheck(string community, Period period, bool established)
    {
        var random = new Random(StableSeed.Of(seed, community, period.ToString(), "forming"));
        var sponsor = established ? organisation.Coordinator(community) : null;
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = community,
            [AnswerNames.Period] = period.ToString(),
            [AnswerNames.CompletedBy] = sponsor is null ? "Lena Ortiz (sponsor) and two practitioners" : $"{sponsor.Name}, the sponsor and the core group",
            [AnswerNames.Email] = sponsor?.Email ?? "lena.ortiz@contoso.example",
        };
        foreach (var readiness in ValueFramework.ReadinessQuestions)
        {
            var mean = established ? 3.8 : readiness.Theme.Id switch { "domain" => 4.4, "community" => 2.0, "practice" => 3.3, _ => 3.0 };
            answers[AnswerNames.Readiness(readiness.Id)] = Math.Clamp((int)Math.Round(mean + Normal(random) * (established ? 0.8 : 0.4)), 1, 5);
        }
        Vision(answers, community);
        return answers;
    }

    /// <summary>
    /// The coordinator's action plan after the report of the period before: the same actions in the same rows from
    /// period to period, their statuses moving on, a new one added later.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ActionPlan(string community, Period period, int planIndex)
    {
        var coordinator = organisation.Coordinator(community);
        var random = new Random(StableSeed.Of(seed, community, period.ToString(), "actions"));
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = community,
            [AnswerNames.Period] = period.ToString(),
            [AnswerNames.CompletedBy] = coordinator.Name,
            [AnswerNames.Email] = coordinator.Email,
        };
        (string What, string Aim)[] actions =
        [
            ($"A monthly clinic on {Topics[community][0]}, open to every unit", "Help with challenges"),
            ("Ask the sponsor for two hours a week for the core group", "Adequate resources"),
            ("Pair each newcomer with a member for their first quarter", "Access to expertise"),
        ];
        var count = Math.Min(actions.Length, 2 + planIndex);
        for (var row = 1; row <= count; row++)
        {
            var (what, aim) = actions[row - 1];
            var age = row <= 2 ? planIndex : planIndex - (row - 2);   // plans this action has been in before
            answers[ActionPlans.Name(row, "action")] = what;
            answers[ActionPlans.Name(row, "owner")] = row == 1 ? coordinator.Name : "The core group";
            answers[ActionPlans.Name(row, "due")] = period.Next.ToString();
            answers[ActionPlans.Name(row, "aims_at")] = aim;
            answers[ActionPlans.Name(row, "status")] = age <= 0 ? ActionPlans.Planned
                : SampleOrganisation.Pick(random, [(ActionPlans.Done, 45), (ActionPlans.InProgress, 40), (ActionPlans.Dropped, 15)]);
            if (age > 0) answers[ActionPlans.Name(row, "update")] = "Discussed at the last core-group meeting.";
        }
        return answers;
    }

    private static void Vision(Dictionary<string, object?> answers, string community)
    {
        var topic = Topics.TryGetValue(community, out var topics) ? topics[0] : "discovering what customers need";
        answers[AnswerNames.Vision("purpose")] = $"Help everyone who works on {topic} do it better, together.";
        answers[AnswerNames.Vision("vision")] = $"The place in the organisation to go to for {community.ToLowerInvariant()}.";
        answers[AnswerNames.Vision("objectives")] = "Monthly sessions; a shared library of cases; two improvement pilots a year.";
        answers[AnswerNames.Vision("strategy")] = "Grow a core group of practitioners, document what works, link with the units that need it.";
        answers[AnswerNames.Vision("value_proposition")] = $"Members solve {topic} problems faster with peers who have met them; the organisation stops solving them twice.";
    }

    public IReadOnlyDictionary<string, object?> LeadershipRoles(string community, Period period)
    {
        var random = new Random(StableSeed.Of(seed, community, period.ToString(), "roles"));
        var coordinator = organisation.Coordinator(community);
        var answers = new Dictionary<string, object?>
        {
            [AnswerNames.Community] = community,
            [AnswerNames.Period] = period.ToString(),
            [AnswerNames.CompletedBy] = coordinator.Name,
            [AnswerNames.Email] = coordinator.Email,
        };
        var members = organisation.Members.Where(m => m.Community == community).ToList();
        foreach (var role in ValueFramework.LeadershipRoles)
        {
            if (role.Id != "coordination" && random.NextDouble() < 0.35)
            {
                // A gap: the coordinator often writes whom they look for and what that person would get (a draw of
                // its own, so the rest of the sample stays as it was).
                if (new Random(StableSeed.Of(seed, community, period.ToString(), role.Id)).NextDouble() < 0.6)
                {
                    answers[AnswerNames.RoleAnalysis(role.Id, "qualification")] = $"Someone the members already go to for {role.Name.ToLowerInvariant()}, with a little time to spare.";
                    answers[AnswerNames.RoleAnalysis(role.Id, "support")] = "Two hours a week agreed with their manager, and an introduction by the sponsor.";
                }
                continue;
            }
            var holder = role.Id == "coordination" ? coordinator : members[random.Next(members.Count)];
            answers[AnswerNames.RoleAnalysis(role.Id, "holders")] = holder.Name;
            answers[AnswerNames.RoleAnalysis(role.Id, "member_type")] = holder.MemberType;
            answers[AnswerNames.RoleAnalysis(role.Id, "purpose")] = $"Without it, {role.Name.ToLowerInvariant()} falls between the cracks.";
            if (random.NextDouble() < 0.5) answers[AnswerNames.RoleAnalysis(role.Id, "support")] = "Time in the role description and a budget for events.";
            // A draw of its own, so the rest of the sample stays as it was.
            if (new Random(StableSeed.Of(seed, community, period.ToString(), role.Id, "gratification")).NextDouble() < 0.4)
                answers[AnswerNames.RoleAnalysis(role.Id, "gratification")] = $"Seen by the sponsor as the person for {role.Name.ToLowerInvariant()}; first pick of the conference budget.";
        }
        return answers;
    }

    private void Story(Dictionary<string, object?> answers, SampleMember member, Random random)
    {
        var topic = Pick(random, Topics[member.Community]);
        answers[AnswerNames.Story("activities")] = $"Joined the community's monthly clinic on {topic} and a working session with two other units.";
        answers[AnswerNames.Story("insights")] = $"Learned how another team handles {topic}; got their checklist and the contact of the expert behind it.";
        if (random.NextDouble() < 0.8)
            answers[AnswerNames.Story("practice")] = $"We changed how we approach {topic}: the checklist is now part of our weekly routine.";
        if (random.NextDouble() < 0.6)
            answers[AnswerNames.Story("performance")] = Pick(random, ["Fewer rework loops: we get it right the first time more often.", "Turnaround went from five days to two.", "Our error rate halved over the quarter."]);
        if (random.NextDouble() < 0.4)
            answers[AnswerNames.Story("development")] = "I now coach colleagues on it myself.";
        if (random.NextDouble() < 0.5)
            answers[AnswerNames.Story("organisation_quantitative")] = Pick(random, [$"Saved about {random.Next(4, 40)} hours a month across the team.", $"Avoided €{random.Next(2, 30)},000 of external consultancy.", $"Reused {random.Next(2, 6)} templates, saving {random.Next(2, 10)} days of work."]);
        if (random.NextDouble() < 0.15)
            answers[AnswerNames.Story("reframing")] = $"Management now counts shared cases as part of how we measure success in {topic}.";
        // Seed 004's question: a draw of its own, so the rest of the sample stays as it was.
        if (new Random(StableSeed.Of(seed, member.Email, "best")).NextDouble() < 0.3)
            answers[AnswerNames.AtItsBest] = $"The week we untangled a {topic} problem together across three units: everyone brought a piece, and we had it solved by Friday.";
    }

    /// <summary>Seed 002's reflection on strategic value, a few ways members fill each box.</summary>
    private static readonly Dictionary<string, string[]> Reflections = new()
    {
        ["members_short_term"] = ["Quick answers when I am stuck.", "Colleagues who understand the work.", "Less time searching for examples."],
        ["members_long_term"] = ["A network I can call on for years.", "I am building a reputation in the field.", "My skills stay current."],
        ["organisation_short_term"] = ["Problems solved faster across units.", "Less duplicated work between teams.", "Quick answers when I am stuck."],
        ["organisation_long_term"] = ["We keep expertise when people leave.", "New services grow out of the community.", "Strategy hears from practice."],
    };

    private static readonly string[] Enablers = ["Time set aside for community work", "A sponsor who asks about our results", "Good online collaboration space", "Time set aside for community work.", "Recognition in performance reviews"];
    private static readonly string[] Challenges = ["Finding time next to project work", "Meetings clash with operational peaks", "Finding time next to project work.", "Hard to find documents from earlier sessions", "Travel budget for face-to-face meetings"];
    private static readonly string[] FactorComments = ["Strong in the core group, weaker at the edges.", "Improved since the new coordinator started.", "Needs attention next quarter."];

    private int IndexOf(string community) => organisation.Communities.ToList().IndexOf(community);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    // Box–Muller: ratings cluster around a community's mean.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
