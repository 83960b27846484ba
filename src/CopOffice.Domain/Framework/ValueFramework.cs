namespace CopOffice.Framework;

/// <summary>
/// The value framework read from the seeds: the one source of truth for templates, Forms question
/// lists, readers, reports and the add-in. Ids are stable: they appear in defined names, Forms
/// mappings and report tables, so change a text freely but never an id. An organisation's framework
/// file adds indicators and story questions (<see cref="Use"/>); the rest is the seeds'.
/// </summary>
public static class ValueFramework
{
    private static readonly object Gate = new();
    private static OrganisationFramework? s_chosen;
    private static bool s_inUse;

    /// <summary>
    /// The framework this process asks with: the seeds' unless <see cref="Use"/> chose an organisation's. One per
    /// process (a run, the service), like the communities list: templates, intake and reports must all agree.
    /// </summary>
    public static OrganisationFramework Active
    {
        get
        {
            lock (Gate)
            {
                s_inUse = true;
                return s_chosen ?? OrganisationFramework.Seeds;
            }
        }
    }

    /// <summary>
    /// Asks with <paramref name="framework"/> from now on. Called once at start-up, before anything reads the
    /// framework: a change half-way would leave templates, readers and reports disagreeing, so it fails loudly.
    /// </summary>
    public static void Use(OrganisationFramework framework)
    {
        lock (Gate)
        {
            if (ReferenceEquals(s_chosen ?? OrganisationFramework.Seeds, framework)) return;
            if (s_inUse)
                throw new InvalidOperationException($"The framework was already in use when {framework.Source} was chosen: choose it at start-up, before anything reads the framework.");
            s_chosen = framework;
        }
    }

    /// <summary>Every indicator asked: the seeds' (reworded where the framework file says) and the organisation's own.</summary>
    public static IReadOnlyList<ValueIndicator> Indicators => Active.Indicators;

    /// <summary>Every story question asked, the seeds' and the organisation's own.</summary>
    public static IReadOnlyList<StoryQuestion> StoryQuestions => Active.StoryQuestions;

    /// <summary>The indicators everyone is asked: quadrant scores, value cycles and every comparison are made of these.</summary>
    public static IEnumerable<ValueIndicator> OrganisationIndicators => Active.OrganisationIndicators;

    private static ValueIndicator I(string id, string name, Quadrant q, ValueCycle cycle, string prompt) => new(id, name, q, cycle, prompt);

    /// <summary>The seeds' twenty indicators, five per quadrant, in the seeds' order.</summary>
    public static IReadOnlyList<ValueIndicator> SeedIndicators { get; } =
    [
        I("help_with_challenges", "help with challenges", Quadrant.MembersShortTerm, ValueCycle.Applied, "The community helped me with challenges in my work."),
        I("access_to_expertise", "access to expertise", Quadrant.MembersShortTerm, ValueCycle.Potential, "I could reach people who know."),
        I("confidence", "confidence", Quadrant.MembersShortTerm, ValueCycle.Potential, "I feel more confident in my practice."),
        I("fun_with_colleagues", "fun with colleagues", Quadrant.MembersShortTerm, ValueCycle.Immediate, "I enjoyed working and learning with colleagues."),
        I("meaningful_work", "meaningful work", Quadrant.MembersShortTerm, ValueCycle.Immediate, "Taking part felt like meaningful work."),

        I("personal_development", "personal development", Quadrant.MembersLongTerm, ValueCycle.Potential, "I am developing personally and professionally."),
        I("reputation", "reputation", Quadrant.MembersLongTerm, ValueCycle.Potential, "My reputation as a practitioner has grown."),
        I("professional_identity", "professional identity", Quadrant.MembersLongTerm, ValueCycle.Potential, "My sense of professional identity is stronger."),
        I("network", "network", Quadrant.MembersLongTerm, ValueCycle.Potential, "My professional network has grown."),
        I("marketability", "marketability", Quadrant.MembersLongTerm, ValueCycle.Realized, "My skills are more valued, inside and outside the organisation."),

        I("problem_solving", "problem solving", Quadrant.OrganisationShortTerm, ValueCycle.Applied, "Problems in our work got solved through the community."),
        I("time_saving", "time saving", Quadrant.OrganisationShortTerm, ValueCycle.Realized, "The community saved time in our work."),
        I("knowledge_sharing", "knowledge sharing", Quadrant.OrganisationShortTerm, ValueCycle.Potential, "Knowledge was shared that would otherwise have stayed put."),
        I("synergies_across_units", "synergies across units", Quadrant.OrganisationShortTerm, ValueCycle.Applied, "Units worked together where they otherwise would not have."),
        I("reuse_of_resources", "reuse of resources", Quadrant.OrganisationShortTerm, ValueCycle.Applied, "Tools, documents and solutions were reused rather than remade."),

        I("strategic_capabilities", "strategic capabilities", Quadrant.OrganisationLongTerm, ValueCycle.Realized, "The organisation is building capabilities that matter to its strategy."),
        I("keeping_abreast", "keeping abreast", Quadrant.OrganisationLongTerm, ValueCycle.Potential, "We keep abreast of developments in our field."),
        I("innovation", "innovation", Quadrant.OrganisationLongTerm, ValueCycle.Applied, "New ideas were tried and taken up in practice."),
        I("retention_of_talents", "retention of talents", Quadrant.OrganisationLongTerm, ValueCycle.Realized, "The community helps the organisation keep its talented people."),
        I("new_strategies", "new strategies", Quadrant.OrganisationLongTerm, ValueCycle.Reframing, "The community has shaped new strategies or redefined what success means."),
    ];

    /// <summary>
    /// The value-creation story (seed 002). The seed's third question is split into its practice and
    /// performance halves, and one reframing question is added, so that every cycle of
    /// Wenger, Trayner &amp; de Laat (2011) has a question of its own.
    /// </summary>
    public static IReadOnlyList<StoryQuestion> SeedStoryQuestions { get; } =
    [
        new("activities", "What meaningful activities did you participate in?", ValueCycle.Immediate),
        new("insights", "What specific insights did you gain? What access to useful information or material?", ValueCycle.Potential),
        new("practice", "How did this influence your practice? What did it enable that would not have happened otherwise?", ValueCycle.Applied),
        new("performance", "What difference did it make to your performance?", ValueCycle.Realized),
        new("development", "How did this contribute to your personal/professional development?", ValueCycle.Potential),
        new("organisation_qualitative", "How did this contribute to the goal of the organization? Qualitatively?", ValueCycle.Realized),
        new("organisation_quantitative", "How did this contribute to the goal of the organization? Quantitatively? (hours saved, money, numbers)", ValueCycle.Realized, AsksForFigures: true),
        new("reframing", "Did it change how you, your team or the organization define success or set strategy?", ValueCycle.Reframing),
    ];

    /// <summary>Seed 002: "In your organization ... Enablers / Challenges".</summary>
    public static IReadOnlyList<string> OrganisationConditions { get; } = ["enablers", "challenges"];

    public static IReadOnlyList<LeadershipRole> LeadershipRoles { get; } =
    [
        new("coordination", "Coordination"),
        new("event_facilitation", "Event facilitation"),
        new("inquiry_learning_agenda", "Inquiry – learning agenda"),
        new("subgroup_leadership", "Subgroup leadership"),
        new("networking", "Networking"),
        new("expertise", "Expertise"),
        new("institutional_liaison", "Institutional liaison"),
        new("boundary_connections", "Boundary connections"),
        new("documentation_repository", "Documentation – repository"),
        new("infrastructure", "Infrastructure"),
        new("generations_newcomers_alumni", "Generations – newcomers/alumni"),
        new("transactions_help_desk", "Transactions – help desk"),
    ];

    public static IReadOnlyList<RoleAspect> RoleAspects { get; } =
    [
        new("purpose", "Purpose", "Why is this leadership role important?"),
        new("actions", "Typical actions", "What do/can/should they do?"),
        new("challenges", "Typical challenges", "What makes this task difficult? What warning/advice would you have?"),
        new("gratification", "Gratification", "What are the rewards of the task? Where can it lead? How to recognize it?"),
        new("qualification", "Qualification", "Who should do this? What personal qualities and skills are required? What kind of legitimacy?"),
        new("support", "Support", "What kind of support, encouragement, help do these keepers require?"),
    ];

    public static IReadOnlyList<MemberType> MemberTypes { get; } =
    [
        new("coordinator", "Coordinator"),
        new("expert", "Expert"),
        new("core_member", "Core member"),
        new("lurker", "Lurker"),
        new("active_member", "Active member"),
        new("sponsor", "Sponsor"),
        new("peripheral_member", "Peripheral member"),
        new("outsider", "Outsider"),
    ];

    public static IReadOnlyList<SuccessFactor> SuccessFactors { get; } =
    [
        new("domain_energizes_core_group", "Domain that energizes a core group", FactorSide.Community),
        new("skillful_reputable_coordinator", "Skillful and reputable coordinator", FactorSide.Community),
        new("involvement_of_experts", "Involvement of experts", FactorSide.Community),
        new("details_of_practice", "Address details of practice", FactorSide.Community),
        new("rhythm_and_mix_of_activities", "Right rhythm and mix of activities", FactorSide.Community),
        new("strategic_relevance_of_domain", "Strategic relevance of domain", FactorSide.Organisation),
        new("visible_sponsorship", "Visible management sponsorship, but without micro-management", FactorSide.Organisation),
        new("formal_and_informal_structures", "Dance of formal and informal structures", FactorSide.Organisation),
        new("adequate_resources", "Adequate resources", FactorSide.Organisation),
        new("consistent_attitude", "Consistent attitude", FactorSide.Organisation),
    ];

    public static IReadOnlyList<CultivationStage> CultivationStages { get; } =
    [
        new("educate", "educate", "Communities of practice are a familiar experience, but people need to understand how they fit in their work.",
            ["Conduct workshops to educate management and potential members about the approach",
             "Help people appreciate how communities of practice are inherently self-defined and self-managed",
             "Establish a language to legitimize communities and establish their place in the organization"]),
        new("set_strategic_context", "set strategic context", "A strategic context lets communities find a legitimate place in the organization.",
            ["Articulate a strategic value proposition",
             "Identify critical business problems",
             "Articulate need to leverage knowledge"]),
        new("support", "support", "Communities of practice can use some light-handed guidance and technology infrastructure.",
            ["Provide some process support, coaching, and logistic assistance",
             "Identify needs and define adequate infrastructure without undue emphasis on fancy technology"]),
        new("get_going", "get going", "Starting to cultivate communities of practice as early as possible creates early examples that allow people to learn by doing.",
            ["Have a few pilot communities going as soon as possible",
             "Find communities to start with by identifying areas where there is potential and readiness",
             "Interview some prospective members to understand issues, start discussing a community, and identify potential leaders",
             "Gather a core group to prepare and initiate a launch process",
             "Help members organize an initial series of value-adding activities",
             "Encourage them to take increasing responsibility for stewarding their knowledge"]),
        new("encourage", "encourage", "Practitioners usually see the value of working as a community but may feel the organization is not aligned with their understanding.",
            ["Find sponsors to encourage participation",
             "Value the work of communities",
             "Publicize successes"]),
        new("integrate", "integrate", "The formal organization must have processes and structure to include these communities while honoring their root in personal passion and engagement.",
            ["Integrate communities in the way the organization works",
             "Identify and remove obvious barriers",
             "Align key structural and cultural elements"]),
    ];

    public static IReadOnlyList<VisionField> VisionFields { get; } =
    [
        new("purpose", "Purpose", "Why does the community exist? (often set by the sponsor)"),
        new("vision", "Vision", "What the community wants to become, co-created with the sponsor, core group and members."),
        new("objectives", "Objectives", "High-level objectives that deliver on the vision."),
        new("strategy", "Strategy", "How the community will deliver on the vision."),
        new("value_proposition", "Value proposition", "How you pitch the community: the value it will create for members and for the organisation."),
    ];

    private static readonly ReadinessTheme Domain = new("domain", "Do you have a good domain?");
    private static readonly ReadinessTheme Community = new("community", "Can you see the community dimension?");
    private static readonly ReadinessTheme Practice = new("practice", "Will the practice piece be meaningful?");
    private static readonly ReadinessTheme Together = new("together", "What will they do together?");
    private static readonly ReadinessTheme Conversations = new("conversations", "What will the conversations look like?");
    private static readonly ReadinessTheme Dynamics = new("dynamics", "What will the group dynamics feel like?");

    public static IReadOnlyList<ReadinessTheme> ReadinessThemes { get; } = [Domain, Community, Practice, Together, Conversations, Dynamics];

    /// <summary>Seed 003's readiness statements, under its six questions.</summary>
    public static IReadOnlyList<ReadinessQuestion> ReadinessQuestions { get; } =
    [
        new("domain_identity", Domain, "There is an area of capability that enough people can identify with as a significant part of their work and identity."),
        new("domain_belonging", Domain, "It is easy for people to know if they belong, and the domain does not duplicate other communities or organizational units."),
        new("domain_scope", Domain, "The domain is not so general that everyone could belong; but it is not so specific that people would need to join too many communities to do their job."),
        new("community_group", Community, "There is a clear group of people who want to form a community."),
        new("community_companionship", Community, "The companionship is likely to become a valued experience."),
        new("community_leadership", Community, "There are (potential) members committed enough to take some leadership."),
        new("practice_dynamic", Practice, "The practice is dynamic; it gives rise to emerging challenges that push learning and make ongoing community participation useful."),
        new("practice_disclosure", Practice, "Members are free to disclose enough of their experience of practice for learning to be driven by the challenges and opportunities they face."),
        new("together_interact", Together, "Members interact regularly to help each other and make progress together."),
        new("together_shared_work", Together, "In ways that they couldn't do alone, they work on shared problems, create documents, benchmark their practices, and help each other through difficult times or to take advantage of opportunities."),
        // Seed 003's words; CopOffice's first list had shortened them.
        new("together_follow_up", Together, "Meetings dovetail with each other; they are not discrete events. Members revisit issues to assess progress. They follow up their advice to know what worked or not and to learn from the outcome.")
        {
            Formerly = ["Meetings dovetail with each other; they are not discrete events. Members revisit issues to assess progress and follow up their advice to learn from the outcome."],
        },
        new("together_outside_expert", Together, "Sometimes the community brings in an outside expert to help them think through sticky issues, but this is not the mainstay of the community."),
        new("conversations_language", Conversations, "They share a language; they love to engage in \"shop talk.\""),
        new("conversations_chipping_in", Conversations, "When someone brings up a problem of practice, other members can hardly stop themselves from chipping in with their own experience."),
        new("dynamics_excited", Dynamics, "Members are excited to see each other; they respect the experience of mature practitioners and want to help newcomers."),
        new("dynamics_safe", Dynamics, "Members feel comfortable sharing what's not working for them."),
        new("dynamics_initiative", Dynamics, "It is a welcoming space for people to take initiative."),
        new("dynamics_engagement_levels", Dynamics, "There is respect for different levels of engagement."),
        new("dynamics_power", Dynamics, "Power relationships inevitably exist, but they do not come in the way of learning by, with, and from everyone."),
    ];

    public static ValueIndicator Indicator(string id) => Indicators.FirstOrDefault(i => i.Id == id)
        ?? throw new KeyNotFoundException($"No value indicator has the id '{id}'.");

    /// <summary>The indicators everyone is asked in <paramref name="quadrant"/>: what its score is the mean of.</summary>
    public static IEnumerable<ValueIndicator> IndicatorsIn(Quadrant quadrant) => OrganisationIndicators.Where(i => i.Quadrant == quadrant);
}
