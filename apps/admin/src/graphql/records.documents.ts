// Operations of the records of issues 6, 7 and 8 (the ten systems' facts, reception and visit cases).
// Generated once from packages/schema/schema.graphql and kept by hand since; graphql-codegen reads this file
// and writes the typed documents to src/gql/. Each fragment selects every field the screens show.
import { graphql } from '../gql';

export const ResearchTripFieldsFragment = graphql(`
  fragment ResearchTripFields on ResearchTrip {
    createdAt days endsOn findings householdsVisitedIds id noDisturbance noReception note occurredOn person { id name } personId purpose stationed travelLight unit { id name } unitId unitsVisited { id name } unitsVisitedIds updatedAt version warnings { code message severity }
  }
`);

export const ResearchTripsDocument = graphql(`
  query ResearchTrips($filter: ResearchTripFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    researchTrips(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ResearchTripFields
      }
    }
  }
`);

export const ResearchTripDocument = graphql(`
  query ResearchTrip($id: ID!) {
    researchTrip(id: $id) {
      ...ResearchTripFields
    }
  }
`);

export const CreateResearchTripDocument = graphql(`
  mutation CreateResearchTrip($input: CreateResearchTripInput!) {
    createResearchTrip(input: $input) {
      ...ResearchTripFields
    }
  }
`);

export const UpdateResearchTripDocument = graphql(`
  mutation UpdateResearchTrip($id: ID!, $input: UpdateResearchTripInput!) {
    updateResearchTrip(id: $id, input: $input) {
      ...ResearchTripFields
    }
  }
`);

export const DeleteResearchTripDocument = graphql(`
  mutation DeleteResearchTrip($id: ID!) {
    deleteResearchTrip(id: $id) {
      id
    }
  }
`);

export const ResearchTopicFieldsFragment = graphql(`
  fragment ResearchTopicFields on ResearchTopic {
    approvedOn createdAt id major note occurredOn person { id name } personId plan status team { id name } teamIds title unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const ResearchTopicsDocument = graphql(`
  query ResearchTopics($filter: ResearchTopicFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    researchTopics(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ResearchTopicFields
      }
    }
  }
`);

export const ResearchTopicDocument = graphql(`
  query ResearchTopic($id: ID!) {
    researchTopic(id: $id) {
      ...ResearchTopicFields
    }
  }
`);

export const CreateResearchTopicDocument = graphql(`
  mutation CreateResearchTopic($input: CreateResearchTopicInput!) {
    createResearchTopic(input: $input) {
      ...ResearchTopicFields
    }
  }
`);

export const UpdateResearchTopicDocument = graphql(`
  mutation UpdateResearchTopic($id: ID!, $input: UpdateResearchTopicInput!) {
    updateResearchTopic(id: $id, input: $input) {
      ...ResearchTopicFields
    }
  }
`);

export const DeleteResearchTopicDocument = graphql(`
  mutation DeleteResearchTopic($id: ID!) {
    deleteResearchTopic(id: $id) {
      id
    }
  }
`);

export const ResearchReportFieldsFragment = graphql(`
  fragment ResearchReportFields on ResearchReport {
    createdAt fileRef id note occurredOn person { id name } personId routedTo submittedTo summary title topic { id title } topicId unit { id name } unitId updatedAt version warnings { code message severity } written
  }
`);

export const ResearchReportsDocument = graphql(`
  query ResearchReports($filter: ResearchReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    researchReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ResearchReportFields
      }
    }
  }
`);

export const ResearchReportDocument = graphql(`
  query ResearchReport($id: ID!) {
    researchReport(id: $id) {
      ...ResearchReportFields
    }
  }
`);

export const CreateResearchReportDocument = graphql(`
  mutation CreateResearchReport($input: CreateResearchReportInput!) {
    createResearchReport(input: $input) {
      ...ResearchReportFields
    }
  }
`);

export const UpdateResearchReportDocument = graphql(`
  mutation UpdateResearchReport($id: ID!, $input: UpdateResearchReportInput!) {
    updateResearchReport(id: $id, input: $input) {
      ...ResearchReportFields
    }
  }
`);

export const DeleteResearchReportDocument = graphql(`
  mutation DeleteResearchReport($id: ID!) {
    deleteResearchReport(id: $id) {
      id
    }
  }
`);

export const ContactLinkFieldsFragment = graphql(`
  fragment ContactLinkFields on ContactLink {
    category createdAt endReason endsOn id level note occurredOn person { id name } personId targetHousehold { id headName } targetHouseholdId targetUnit { id name } targetUnitId unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const ContactLinksDocument = graphql(`
  query ContactLinks($filter: ContactLinkFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    contactLinks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ContactLinkFields
      }
    }
  }
`);

export const ContactLinkDocument = graphql(`
  query ContactLink($id: ID!) {
    contactLink(id: $id) {
      ...ContactLinkFields
    }
  }
`);

export const CreateContactLinkDocument = graphql(`
  mutation CreateContactLink($input: CreateContactLinkInput!) {
    createContactLink(input: $input) {
      ...ContactLinkFields
    }
  }
`);

export const UpdateContactLinkDocument = graphql(`
  mutation UpdateContactLink($id: ID!, $input: UpdateContactLinkInput!) {
    updateContactLink(id: $id, input: $input) {
      ...ContactLinkFields
    }
  }
`);

export const DeleteContactLinkDocument = graphql(`
  mutation DeleteContactLink($id: ID!) {
    deleteContactLink(id: $id) {
      id
    }
  }
`);

export const ContactVisitFieldsFragment = graphql(`
  fragment ContactVisitFields on ContactVisit {
    content counts createdAt days id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version
  }
`);

export const ContactVisitsDocument = graphql(`
  query ContactVisits($filter: ContactVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    contactVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ContactVisitFields
      }
    }
  }
`);

export const ContactVisitDocument = graphql(`
  query ContactVisit($id: ID!) {
    contactVisit(id: $id) {
      ...ContactVisitFields
    }
  }
`);

export const CreateContactVisitDocument = graphql(`
  mutation CreateContactVisit($input: CreateContactVisitInput!) {
    createContactVisit(input: $input) {
      ...ContactVisitFields
    }
  }
`);

export const UpdateContactVisitDocument = graphql(`
  mutation UpdateContactVisit($id: ID!, $input: UpdateContactVisitInput!) {
    updateContactVisit(id: $id, input: $input) {
      ...ContactVisitFields
    }
  }
`);

export const DeleteContactVisitDocument = graphql(`
  mutation DeleteContactVisit($id: ID!) {
    deleteContactVisit(id: $id) {
      id
    }
  }
`);

export const FamilyVisitFieldsFragment = graphql(`
  fragment FamilyVisitFields on FamilyVisit {
    content createdAt household { id headName } householdId id link { id category targetUnit { id name } targetHousehold { id headName } } linkId note occurredOn person { id name } personId unit { id name } unitId updatedAt version
  }
`);

export const FamilyVisitsDocument = graphql(`
  query FamilyVisits($filter: FamilyVisitFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    familyVisits(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...FamilyVisitFields
      }
    }
  }
`);

export const FamilyVisitDocument = graphql(`
  query FamilyVisit($id: ID!) {
    familyVisit(id: $id) {
      ...FamilyVisitFields
    }
  }
`);

export const CreateFamilyVisitDocument = graphql(`
  mutation CreateFamilyVisit($input: CreateFamilyVisitInput!) {
    createFamilyVisit(input: $input) {
      ...FamilyVisitFields
    }
  }
`);

export const UpdateFamilyVisitDocument = graphql(`
  mutation UpdateFamilyVisit($id: ID!, $input: UpdateFamilyVisitInput!) {
    updateFamilyVisit(id: $id, input: $input) {
      ...FamilyVisitFields
    }
  }
`);

export const DeleteFamilyVisitDocument = graphql(`
  mutation DeleteFamilyVisit($id: ID!) {
    deleteFamilyVisit(id: $id) {
      id
    }
  }
`);

export const BranchPairingFieldsFragment = graphql(`
  fragment BranchPairingFields on BranchPairing {
    branch { id name } branchId createdAt endsOn goal id note occurredOn person { id name } personId unit { id name } unitId updatedAt version
  }
`);

export const BranchPairingsDocument = graphql(`
  query BranchPairings($filter: BranchPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    branchPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...BranchPairingFields
      }
    }
  }
`);

export const BranchPairingDocument = graphql(`
  query BranchPairing($id: ID!) {
    branchPairing(id: $id) {
      ...BranchPairingFields
    }
  }
`);

export const CreateBranchPairingDocument = graphql(`
  mutation CreateBranchPairing($input: CreateBranchPairingInput!) {
    createBranchPairing(input: $input) {
      ...BranchPairingFields
    }
  }
`);

export const UpdateBranchPairingDocument = graphql(`
  mutation UpdateBranchPairing($id: ID!, $input: UpdateBranchPairingInput!) {
    updateBranchPairing(id: $id, input: $input) {
      ...BranchPairingFields
    }
  }
`);

export const DeleteBranchPairingDocument = graphql(`
  mutation DeleteBranchPairing($id: ID!) {
    deleteBranchPairing(id: $id) {
      id
    }
  }
`);

export const SecondmentFieldsFragment = graphql(`
  fragment SecondmentFields on Secondment {
    createdAt eligibilityOverrideReason endsOn fromPost fromUnit { id name } fromUnitId id leftOriginalPost livesAtGrassroots note occurredOn outstandingGraduate person { id name } personId role toPost toUnit { id name } toUnitId unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const SecondmentsDocument = graphql(`
  query Secondments($filter: SecondmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    secondments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...SecondmentFields
      }
    }
  }
`);

export const SecondmentDocument = graphql(`
  query Secondment($id: ID!) {
    secondment(id: $id) {
      ...SecondmentFields
    }
  }
`);

export const CreateSecondmentDocument = graphql(`
  mutation CreateSecondment($input: CreateSecondmentInput!) {
    createSecondment(input: $input) {
      ...SecondmentFields
    }
  }
`);

export const UpdateSecondmentDocument = graphql(`
  mutation UpdateSecondment($id: ID!, $input: UpdateSecondmentInput!) {
    updateSecondment(id: $id, input: $input) {
      ...SecondmentFields
    }
  }
`);

export const DeleteSecondmentDocument = graphql(`
  mutation DeleteSecondment($id: ID!) {
    deleteSecondment(id: $id) {
      id
    }
  }
`);

export const SecondmentAssessmentFieldsFragment = graphql(`
  fragment SecondmentAssessmentFields on SecondmentAssessment {
    comment createdAt id kind note occurredOn person { id name } personId result secondment { id toPost } secondmentId unit { id name } unitId updatedAt version
  }
`);

export const SecondmentAssessmentsDocument = graphql(`
  query SecondmentAssessments($filter: SecondmentAssessmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    secondmentAssessments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...SecondmentAssessmentFields
      }
    }
  }
`);

export const SecondmentAssessmentDocument = graphql(`
  query SecondmentAssessment($id: ID!) {
    secondmentAssessment(id: $id) {
      ...SecondmentAssessmentFields
    }
  }
`);

export const CreateSecondmentAssessmentDocument = graphql(`
  mutation CreateSecondmentAssessment($input: CreateSecondmentAssessmentInput!) {
    createSecondmentAssessment(input: $input) {
      ...SecondmentAssessmentFields
    }
  }
`);

export const UpdateSecondmentAssessmentDocument = graphql(`
  mutation UpdateSecondmentAssessment($id: ID!, $input: UpdateSecondmentAssessmentInput!) {
    updateSecondmentAssessment(id: $id, input: $input) {
      ...SecondmentAssessmentFields
    }
  }
`);

export const DeleteSecondmentAssessmentDocument = graphql(`
  mutation DeleteSecondmentAssessment($id: ID!) {
    deleteSecondmentAssessment(id: $id) {
      id
    }
  }
`);

export const TalkFieldsFragment = graphql(`
  fragment TalkFields on Talk {
    counterpart { id name } counterpartId createdAt forwardedOn forwardedTo { id name } forwardedToId id kind note occurredOn opinions participants person { id name } personId round unit { id name } unitId updatedAt version
  }
`);

export const TalksDocument = graphql(`
  query Talks($filter: TalkFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    talks(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...TalkFields
      }
    }
  }
`);

export const TalkDocument = graphql(`
  query Talk($id: ID!) {
    talk(id: $id) {
      ...TalkFields
    }
  }
`);

export const CreateTalkDocument = graphql(`
  mutation CreateTalk($input: CreateTalkInput!) {
    createTalk(input: $input) {
      ...TalkFields
    }
  }
`);

export const UpdateTalkDocument = graphql(`
  mutation UpdateTalk($id: ID!, $input: UpdateTalkInput!) {
    updateTalk(id: $id, input: $input) {
      ...TalkFields
    }
  }
`);

export const DeleteTalkDocument = graphql(`
  mutation DeleteTalk($id: ID!) {
    deleteTalk(id: $id) {
      id
    }
  }
`);

export const ExperienceFieldsFragment = graphql(`
  fragment ExperienceFields on Experience {
    createdAt diary id kind note occurredOn person { id name } personId place unit { id name } unitId updatedAt version
  }
`);

export const ExperiencesDocument = graphql(`
  query Experiences($filter: ExperienceFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    experiences(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ExperienceFields
      }
    }
  }
`);

export const ExperienceDocument = graphql(`
  query Experience($id: ID!) {
    experience(id: $id) {
      ...ExperienceFields
    }
  }
`);

export const CreateExperienceDocument = graphql(`
  mutation CreateExperience($input: CreateExperienceInput!) {
    createExperience(input: $input) {
      ...ExperienceFields
    }
  }
`);

export const UpdateExperienceDocument = graphql(`
  mutation UpdateExperience($id: ID!, $input: UpdateExperienceInput!) {
    updateExperience(id: $id, input: $input) {
      ...ExperienceFields
    }
  }
`);

export const DeleteExperienceDocument = graphql(`
  mutation DeleteExperience($id: ID!) {
    deleteExperience(id: $id) {
      id
    }
  }
`);

export const OpinionChannelFieldsFragment = graphql(`
  fragment OpinionChannelFields on OpinionChannel {
    closedOn contact createdAt id kind name note openedOn unit { id name } unitId updatedAt version
  }
`);

export const OpinionChannelsDocument = graphql(`
  query OpinionChannels($filter: OpinionChannelFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    opinionChannels(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...OpinionChannelFields
      }
    }
  }
`);

export const OpinionChannelDocument = graphql(`
  query OpinionChannel($id: ID!) {
    opinionChannel(id: $id) {
      ...OpinionChannelFields
    }
  }
`);

export const CreateOpinionChannelDocument = graphql(`
  mutation CreateOpinionChannel($input: CreateOpinionChannelInput!) {
    createOpinionChannel(input: $input) {
      ...OpinionChannelFields
    }
  }
`);

export const UpdateOpinionChannelDocument = graphql(`
  mutation UpdateOpinionChannel($id: ID!, $input: UpdateOpinionChannelInput!) {
    updateOpinionChannel(id: $id, input: $input) {
      ...OpinionChannelFields
    }
  }
`);

export const DeleteOpinionChannelDocument = graphql(`
  mutation DeleteOpinionChannel($id: ID!) {
    deleteOpinionChannel(id: $id) {
      id
    }
  }
`);

export const OpinionFieldsFragment = graphql(`
  fragment OpinionFields on Opinion {
    adoption adoptionReason answer answeredOn channel { id name } channelId content createdAt decision { id title } decisionId forwardedOn forwardedTo id note receivedOn submitterName submitterPhone unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const OpinionsDocument = graphql(`
  query Opinions($filter: OpinionFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    opinions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...OpinionFields
      }
    }
  }
`);

export const OpinionDocument = graphql(`
  query Opinion($id: ID!) {
    opinion(id: $id) {
      ...OpinionFields
    }
  }
`);

export const CreateOpinionDocument = graphql(`
  mutation CreateOpinion($input: CreateOpinionInput!) {
    createOpinion(input: $input) {
      ...OpinionFields
    }
  }
`);

export const UpdateOpinionDocument = graphql(`
  mutation UpdateOpinion($id: ID!, $input: UpdateOpinionInput!) {
    updateOpinion(id: $id, input: $input) {
      ...OpinionFields
    }
  }
`);

export const DeleteOpinionDocument = graphql(`
  mutation DeleteOpinion($id: ID!) {
    deleteOpinion(id: $id) {
      id
    }
  }
`);

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    consultations { date form participants summary } createdAt decidedOn feedback feedbackPublishedOn id note opinions { id content adoption } proposedOn riskAssessedOn riskAssessment riskLevel status summary title unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const DecisionsDocument = graphql(`
  query Decisions($filter: DecisionFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    decisions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...DecisionFields
      }
    }
  }
`);

export const DecisionDocument = graphql(`
  query Decision($id: ID!) {
    decision(id: $id) {
      ...DecisionFields
    }
  }
`);

export const CreateDecisionDocument = graphql(`
  mutation CreateDecision($input: CreateDecisionInput!) {
    createDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

export const UpdateDecisionDocument = graphql(`
  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!) {
    updateDecision(id: $id, input: $input) {
      ...DecisionFields
    }
  }
`);

export const DeleteDecisionDocument = graphql(`
  mutation DeleteDecision($id: ID!) {
    deleteDecision(id: $id) {
      id
    }
  }
`);

export const OpinionAnalysisFieldsFragment = graphql(`
  fragment OpinionAnalysisFields on OpinionAnalysis {
    createdAt findings id madeOn measures note periodFrom periodTo title unit { id name } unitId updatedAt version
  }
`);

export const OpinionAnalysesDocument = graphql(`
  query OpinionAnalyses($filter: OpinionAnalysisFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    opinionAnalyses(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...OpinionAnalysisFields
      }
    }
  }
`);

export const OpinionAnalysisDocument = graphql(`
  query OpinionAnalysis($id: ID!) {
    opinionAnalysis(id: $id) {
      ...OpinionAnalysisFields
    }
  }
`);

export const CreateOpinionAnalysisDocument = graphql(`
  mutation CreateOpinionAnalysis($input: CreateOpinionAnalysisInput!) {
    createOpinionAnalysis(input: $input) {
      ...OpinionAnalysisFields
    }
  }
`);

export const UpdateOpinionAnalysisDocument = graphql(`
  mutation UpdateOpinionAnalysis($id: ID!, $input: UpdateOpinionAnalysisInput!) {
    updateOpinionAnalysis(id: $id, input: $input) {
      ...OpinionAnalysisFields
    }
  }
`);

export const DeleteOpinionAnalysisDocument = graphql(`
  mutation DeleteOpinionAnalysis($id: ID!) {
    deleteOpinionAnalysis(id: $id) {
      id
    }
  }
`);

export const CommitmentFieldsFragment = graphql(`
  fragment CommitmentFields on Commitment {
    category content createdAt evaluatedOn evaluationComment evaluationResult fulfilledOn fulfilment id note person { id name } personId proposedOn publishedOn status unit { id name } unitId updatedAt version warnings { code message severity } year
  }
`);

export const CommitmentsDocument = graphql(`
  query Commitments($filter: CommitmentFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    commitments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...CommitmentFields
      }
    }
  }
`);

export const CommitmentDocument = graphql(`
  query Commitment($id: ID!) {
    commitment(id: $id) {
      ...CommitmentFields
    }
  }
`);

export const CreateCommitmentDocument = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

export const UpdateCommitmentDocument = graphql(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) {
    updateCommitment(id: $id, input: $input) {
      ...CommitmentFields
    }
  }
`);

export const DeleteCommitmentDocument = graphql(`
  mutation DeleteCommitment($id: ID!) {
    deleteCommitment(id: $id) {
      id
    }
  }
`);

export const DeputyActivityFieldsFragment = graphql(`
  fragment DeputyActivityFields on DeputyActivity {
    createdAt deputies { id name } deputyIds heldOn id issuesRaised location note peopleMet title unit { id name } unitId updatedAt version
  }
`);

export const DeputyActivitiesDocument = graphql(`
  query DeputyActivities($filter: DeputyActivityFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    deputyActivities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...DeputyActivityFields
      }
    }
  }
`);

export const DeputyActivityDocument = graphql(`
  query DeputyActivity($id: ID!) {
    deputyActivity(id: $id) {
      ...DeputyActivityFields
    }
  }
`);

export const CreateDeputyActivityDocument = graphql(`
  mutation CreateDeputyActivity($input: CreateDeputyActivityInput!) {
    createDeputyActivity(input: $input) {
      ...DeputyActivityFields
    }
  }
`);

export const UpdateDeputyActivityDocument = graphql(`
  mutation UpdateDeputyActivity($id: ID!, $input: UpdateDeputyActivityInput!) {
    updateDeputyActivity(id: $id, input: $input) {
      ...DeputyActivityFields
    }
  }
`);

export const DeleteDeputyActivityDocument = graphql(`
  mutation DeleteDeputyActivity($id: ID!) {
    deleteDeputyActivity(id: $id) {
      id
    }
  }
`);

export const DeputyPairingFieldsFragment = graphql(`
  fragment DeputyPairingFields on DeputyPairing {
    createdAt endReason from household { id headName } householdId id note person { id name } personId termId to unit { id name } unitId updatedAt version
  }
`);

export const DeputyPairingsDocument = graphql(`
  query DeputyPairings($filter: DeputyPairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    deputyPairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...DeputyPairingFields
      }
    }
  }
`);

export const DeputyPairingDocument = graphql(`
  query DeputyPairing($id: ID!) {
    deputyPairing(id: $id) {
      ...DeputyPairingFields
    }
  }
`);

export const CreateDeputyPairingDocument = graphql(`
  mutation CreateDeputyPairing($input: CreateDeputyPairingInput!) {
    createDeputyPairing(input: $input) {
      ...DeputyPairingFields
    }
  }
`);

export const UpdateDeputyPairingDocument = graphql(`
  mutation UpdateDeputyPairing($id: ID!, $input: UpdateDeputyPairingInput!) {
    updateDeputyPairing(id: $id, input: $input) {
      ...DeputyPairingFields
    }
  }
`);

export const DeleteDeputyPairingDocument = graphql(`
  mutation DeleteDeputyPairing($id: ID!) {
    deleteDeputyPairing(id: $id) {
      id
    }
  }
`);

export const DeputyDutyReportFieldsFragment = graphql(`
  fragment DeputyDutyReportFields on DeputyDutyReport {
    attendees createdAt evaluatedOn evaluationResult id note person { id name } personId reportedOn summary termId unit { id name } unitId updatedAt version
  }
`);

export const DeputyDutyReportsDocument = graphql(`
  query DeputyDutyReports($filter: DeputyDutyReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    deputyDutyReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...DeputyDutyReportFields
      }
    }
  }
`);

export const DeputyDutyReportDocument = graphql(`
  query DeputyDutyReport($id: ID!) {
    deputyDutyReport(id: $id) {
      ...DeputyDutyReportFields
    }
  }
`);

export const CreateDeputyDutyReportDocument = graphql(`
  mutation CreateDeputyDutyReport($input: CreateDeputyDutyReportInput!) {
    createDeputyDutyReport(input: $input) {
      ...DeputyDutyReportFields
    }
  }
`);

export const UpdateDeputyDutyReportDocument = graphql(`
  mutation UpdateDeputyDutyReport($id: ID!, $input: UpdateDeputyDutyReportInput!) {
    updateDeputyDutyReport(id: $id, input: $input) {
      ...DeputyDutyReportFields
    }
  }
`);

export const DeleteDeputyDutyReportDocument = graphql(`
  mutation DeleteDeputyDutyReport($id: ID!) {
    deleteDeputyDutyReport(id: $id) {
      id
    }
  }
`);

export const CommunityRegistrationFieldsFragment = graphql(`
  fragment CommunityRegistrationFields on CommunityRegistration {
    community { id name } communityId createdAt dueOn endsOn id joinedOn note person { id name } personId reason registeredOn unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const CommunityRegistrationsDocument = graphql(`
  query CommunityRegistrations($filter: CommunityRegistrationFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    communityRegistrations(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...CommunityRegistrationFields
      }
    }
  }
`);

export const CommunityRegistrationDocument = graphql(`
  query CommunityRegistration($id: ID!) {
    communityRegistration(id: $id) {
      ...CommunityRegistrationFields
    }
  }
`);

export const CreateCommunityRegistrationDocument = graphql(`
  mutation CreateCommunityRegistration($input: CreateCommunityRegistrationInput!) {
    createCommunityRegistration(input: $input) {
      ...CommunityRegistrationFields
    }
  }
`);

export const UpdateCommunityRegistrationDocument = graphql(`
  mutation UpdateCommunityRegistration($id: ID!, $input: UpdateCommunityRegistrationInput!) {
    updateCommunityRegistration(id: $id, input: $input) {
      ...CommunityRegistrationFields
    }
  }
`);

export const DeleteCommunityRegistrationDocument = graphql(`
  mutation DeleteCommunityRegistration($id: ID!) {
    deleteCommunityRegistration(id: $id) {
      id
    }
  }
`);

export const CommunityServiceProjectFieldsFragment = graphql(`
  fragment CommunityServiceProjectFields on CommunityServiceProject {
    claimedOn community { id name } communityId createdAt description endsOn id note person { id name } personId projectName unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const CommunityServiceProjectsDocument = graphql(`
  query CommunityServiceProjects($filter: CommunityServiceProjectFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    communityServiceProjects(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...CommunityServiceProjectFields
      }
    }
  }
`);

export const CommunityServiceProjectDocument = graphql(`
  query CommunityServiceProject($id: ID!) {
    communityServiceProject(id: $id) {
      ...CommunityServiceProjectFields
    }
  }
`);

export const CreateCommunityServiceProjectDocument = graphql(`
  mutation CreateCommunityServiceProject($input: CreateCommunityServiceProjectInput!) {
    createCommunityServiceProject(input: $input) {
      ...CommunityServiceProjectFields
    }
  }
`);

export const UpdateCommunityServiceProjectDocument = graphql(`
  mutation UpdateCommunityServiceProject($id: ID!, $input: UpdateCommunityServiceProjectInput!) {
    updateCommunityServiceProject(id: $id, input: $input) {
      ...CommunityServiceProjectFields
    }
  }
`);

export const DeleteCommunityServiceProjectDocument = graphql(`
  mutation DeleteCommunityServiceProject($id: ID!) {
    deleteCommunityServiceProject(id: $id) {
      id
    }
  }
`);

export const ServicePairingFieldsFragment = graphql(`
  fragment ServicePairingFields on ServicePairing {
    createdAt from household { id headName } householdId id note person { id name } personId station to unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const ServicePairingsDocument = graphql(`
  query ServicePairings($filter: ServicePairingFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    servicePairings(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ServicePairingFields
      }
    }
  }
`);

export const ServicePairingDocument = graphql(`
  query ServicePairing($id: ID!) {
    servicePairing(id: $id) {
      ...ServicePairingFields
    }
  }
`);

export const CreateServicePairingDocument = graphql(`
  mutation CreateServicePairing($input: CreateServicePairingInput!) {
    createServicePairing(input: $input) {
      ...ServicePairingFields
    }
  }
`);

export const UpdateServicePairingDocument = graphql(`
  mutation UpdateServicePairing($id: ID!, $input: UpdateServicePairingInput!) {
    updateServicePairing(id: $id, input: $input) {
      ...ServicePairingFields
    }
  }
`);

export const DeleteServicePairingDocument = graphql(`
  mutation DeleteServicePairing($id: ID!) {
    deleteServicePairing(id: $id) {
      id
    }
  }
`);

export const YearEndReportFieldsFragment = graphql(`
  fragment YearEndReportFields on YearEndReport {
    body createdAt draftedOn id note reviewComments reviewedOn status submittedOn title unit { id name } unitId updatedAt version year
  }
`);

export const YearEndReportsDocument = graphql(`
  query YearEndReports($filter: YearEndReportFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    yearEndReports(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...YearEndReportFields
      }
    }
  }
`);

export const YearEndReportDocument = graphql(`
  query YearEndReport($id: ID!) {
    yearEndReport(id: $id) {
      ...YearEndReportFields
    }
  }
`);

export const CreateYearEndReportDocument = graphql(`
  mutation CreateYearEndReport($input: CreateYearEndReportInput!) {
    createYearEndReport(input: $input) {
      ...YearEndReportFields
    }
  }
`);

export const UpdateYearEndReportDocument = graphql(`
  mutation UpdateYearEndReport($id: ID!, $input: UpdateYearEndReportInput!) {
    updateYearEndReport(id: $id, input: $input) {
      ...YearEndReportFields
    }
  }
`);

export const DeleteYearEndReportDocument = graphql(`
  mutation DeleteYearEndReport($id: ID!) {
    deleteYearEndReport(id: $id) {
      id
    }
  }
`);

export const ReceptionDayFieldsFragment = graphql(`
  fragment ReceptionDayFields on ReceptionDay {
    announcedAt createdAt endTime id jointDepartments mode note occurredOn participants person { id name } personId place span startTime unit { id name } unitId updatedAt version warnings { code message severity }
  }
`);

export const ReceptionDaysDocument = graphql(`
  query ReceptionDays($filter: ReceptionDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    receptionDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...ReceptionDayFields
      }
    }
  }
`);

export const ReceptionDayDocument = graphql(`
  query ReceptionDay($id: ID!) {
    receptionDay(id: $id) {
      ...ReceptionDayFields
    }
  }
`);

export const CreateReceptionDayDocument = graphql(`
  mutation CreateReceptionDay($input: CreateReceptionDayInput!) {
    createReceptionDay(input: $input) {
      ...ReceptionDayFields
    }
  }
`);

export const UpdateReceptionDayDocument = graphql(`
  mutation UpdateReceptionDay($id: ID!, $input: UpdateReceptionDayInput!) {
    updateReceptionDay(id: $id, input: $input) {
      ...ReceptionDayFields
    }
  }
`);

export const DeleteReceptionDayDocument = graphql(`
  mutation DeleteReceptionDay($id: ID!) {
    deleteReceptionDay(id: $id) {
      id
    }
  }
`);

export const DutyDayFieldsFragment = graphql(`
  fragment DutyDayFields on DutyDay {
    createdAt id note occurredOn person { id name } personId place unit { id name } unitId updatedAt version
  }
`);

export const DutyDaysDocument = graphql(`
  query DutyDays($filter: DutyDayFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    dutyDays(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...DutyDayFields
      }
    }
  }
`);

export const DutyDayDocument = graphql(`
  query DutyDay($id: ID!) {
    dutyDay(id: $id) {
      ...DutyDayFields
    }
  }
`);

export const CreateDutyDayDocument = graphql(`
  mutation CreateDutyDay($input: CreateDutyDayInput!) {
    createDutyDay(input: $input) {
      ...DutyDayFields
    }
  }
`);

export const UpdateDutyDayDocument = graphql(`
  mutation UpdateDutyDay($id: ID!, $input: UpdateDutyDayInput!) {
    updateDutyDay(id: $id, input: $input) {
      ...DutyDayFields
    }
  }
`);

export const DeleteDutyDayDocument = graphql(`
  mutation DeleteDutyDay($id: ID!) {
    deleteDutyDay(id: $id) {
      id
    }
  }
`);

export const VisitCaseFieldsFragment = graphql(`
  fragment VisitCaseFields on VisitCase {
    acceptDueOn acceptedOn archivedOn assignedOn assignmentInstruction category channel clocks { daysLeft dueOn kind startedOn status stoppedOn } closedOn collective conversationOn conversationRecord createdAt decidedOn decision decisionNote extendedOn extensionDays extensionReason handleDueOn handlingUnit { id name } handlingUnitId id matter note objections { date reason } occurredOn receivedByLeader receiver { id name } receiverId redirectedTo repliedOn reply representatives { name phone } responsiblePerson { id name } responsiblePersonId result satisfaction state supervisions { date instruction number progress supervisor } unit { id name } unitId updatedAt version visitorCount visitors { name phone } warnings { code message severity } withdrawReason withdrawnOn
  }
`);

export const VisitCasesDocument = graphql(`
  query VisitCases($filter: VisitCaseFilter, $sort: SortInput, $page: Int, $perPage: Int) {
    visitCases(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        ...VisitCaseFields
      }
    }
  }
`);

export const VisitCaseDocument = graphql(`
  query VisitCase($id: ID!) {
    visitCase(id: $id) {
      ...VisitCaseFields
    }
  }
`);

export const CreateVisitCaseDocument = graphql(`
  mutation CreateVisitCase($input: CreateVisitCaseInput!) {
    createVisitCase(input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const ApproveResearchTopicDocument = graphql(`
  mutation ApproveResearchTopic($id: ID!, $input: ApproveResearchTopicInput!) {
    approveResearchTopic(id: $id, input: $input) {
      ...ResearchTopicFields
    }
  }
`);

export const RecordCommitmentStepDocument = graphql(`
  mutation RecordCommitmentStep($id: ID!, $input: CommitmentStepInput!) {
    recordCommitmentStep(id: $id, input: $input) {
      ...CommitmentFields
    }
  }
`);

export const SubmitYearEndReportDocument = graphql(`
  mutation SubmitYearEndReport($id: ID!, $input: YearEndReportStepInput!) {
    submitYearEndReport(id: $id, input: $input) {
      ...YearEndReportFields
    }
  }
`);

export const AcceptYearEndReportDocument = graphql(`
  mutation AcceptYearEndReport($id: ID!, $input: YearEndReportStepInput!) {
    acceptYearEndReport(id: $id, input: $input) {
      ...YearEndReportFields
    }
  }
`);

export const ReturnYearEndReportDocument = graphql(`
  mutation ReturnYearEndReport($id: ID!, $input: YearEndReportStepInput!) {
    returnYearEndReport(id: $id, input: $input) {
      ...YearEndReportFields
    }
  }
`);

export const AnnounceReceptionDayDocument = graphql(`
  mutation AnnounceReceptionDay($id: ID!, $at: DateTime) {
    announceReceptionDay(id: $id, at: $at) {
      ...ReceptionDayFields
    }
  }
`);

export const UpdateVisitCaseRegistrationDocument = graphql(`
  mutation UpdateVisitCaseRegistration($id: ID!, $input: UpdateVisitCaseRegistrationInput!) {
    updateVisitCaseRegistration(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const DecideVisitCaseDocument = graphql(`
  mutation DecideVisitCase($id: ID!, $input: DecideVisitCaseInput!) {
    decideVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const AssignVisitCaseDocument = graphql(`
  mutation AssignVisitCase($id: ID!, $input: AssignVisitCaseInput!) {
    assignVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const SuperviseVisitCaseDocument = graphql(`
  mutation SuperviseVisitCase($id: ID!, $input: SuperviseVisitCaseInput!) {
    superviseVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const CloseVisitCaseDocument = graphql(`
  mutation CloseVisitCase($id: ID!, $input: CloseVisitCaseInput!) {
    closeVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const ExtendVisitCaseDocument = graphql(`
  mutation ExtendVisitCase($id: ID!, $input: ExtendVisitCaseInput!) {
    extendVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const RecordVisitCaseConversationDocument = graphql(`
  mutation RecordVisitCaseConversation($id: ID!, $input: RecordVisitCaseConversationInput!) {
    recordVisitCaseConversation(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const WithdrawVisitCaseDocument = graphql(`
  mutation WithdrawVisitCase($id: ID!, $input: WithdrawVisitCaseInput!) {
    withdrawVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const ArchiveVisitCaseDocument = graphql(`
  mutation ArchiveVisitCase($id: ID!, $input: ArchiveVisitCaseInput!) {
    archiveVisitCase(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const ObjectToVisitCaseAssignmentDocument = graphql(`
  mutation ObjectToVisitCaseAssignment($id: ID!, $input: ObjectToVisitCaseAssignmentInput!) {
    objectToVisitCaseAssignment(id: $id, input: $input) {
      ...VisitCaseFields
    }
  }
`);

export const DutyRosterMonthDocument = graphql(`
  query DutyRosterMonth($unitId: ID!, $month: String!, $workingDaysOnly: Boolean) {
    dutyRosterMonth(unitId: $unitId, month: $month, workingDaysOnly: $workingDaysOnly) {
      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }
    }
  }
`);

export const FillDutyRosterDocument = graphql(`
  mutation FillDutyRoster($input: FillDutyRosterInput!) {
    fillDutyRoster(input: $input) {
      month unitId workingDaysOnly gaps doubles days { date status workingDay duty { id occurredOn personId place note version person { id name } } }
    }
  }
`);

export const VisitCaseDeadlinesDocument = graphql(`
  query VisitCaseDeadlines {
    visitCaseDeadlines {
      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays
    }
  }
`);
