/**
 * Texts of the mentor community page (every mentor across rounds, the re-invite, the
 * mentees who would mentor later), in Latvian and English; part of MESSAGES (i18n.ts).
 */
import type { Texts } from "./i18n";

export const COMMUNITY_MESSAGES = {
  navCommunity: ["Mentoru kopiena", "Mentor community"],
  communityTitle: ["Mentoru kopiena", "Mentor community"],
  communityDescription: [
    "Visi mentori visās kārtās: kurās kārtās viņi piedalījušies, cik sadarbību vadījuši un pabeiguši, vidējie vērtējumi (tikai tad, ja vērtējuši vismaz 3 mentorējamie) un ko viņi teikuši par nākamo kārtu.",
    "Every mentor across cohorts: the cohorts they took part in, the relationships they held and completed, mean ratings (only where at least 3 mentees rated them), and what they said about the next round.",
  ],
  communityNextCohort: [
    "Nākamā kārta: {name} (savietošana līdz {when}).",
    "Next cohort: {name} (matching by {when}).",
  ],
  communityNoNextCohort: [
    "Nav kārtas, kurā vēl var pieteikties mentori; atkārtotu uzaicinājumu nevar nosūtīt.",
    "There is no cohort that still takes mentors; re-invitations cannot be sent.",
  ],
  noCommunityMentors: ["Mentoru vēl nav.", "No mentors yet."],
  searchCommunity: ["Meklēt pēc vārda vai organizācijas", "Search by name or organisation"],
  communityMentor: ["Mentors", "Mentor"],
  communityCohorts: ["Kārtas", "Cohorts"],
  communityRelationships: ["Sadarbības", "Relationships"],
  communityRelationshipsValue: [
    "vadītas: {held}, pabeigtas: {completed}, notiek: {running}",
    "held: {held}, completed: {completed}, running: {running}",
  ],
  communityRatings: ["Vērtējumi (1–10)", "Ratings (1–10)"],
  communityRatingsValue: [
    "vērtība {value}, idejas {ideas}, drošība {safety} (vērtētāju skaits: {raters})",
    "value {value}, ideas {ideas}, safety {safety} (raters: {raters})",
  ],
  communityRatingsHidden: ["slēpti (vērtējuši mazāk nekā 3)", "hidden (fewer than 3 raters)"],
  communityPlaces: ["Vietas kārtā", "Places per round"],
  communityNext: ["Nākamā kārta", "Next round"],
  communityNext_count_me_in: ["piedalīsies", "counted in"],
  communityNext_mentor_again_yes: ["mentorētu vēlreiz", "would mentor again"],
  communityNext_mentor_again_no: ["nementorēs", "will not mentor"],
  communityNext_none: ["nav atbildes", "no answer"],
  communityNextPlaces: ["vietas: {n}", "places: {n}"],
  communityInvitedAt: ["uzaicinājums nosūtīts {when}", "invited {when}"],
  communityReinvite: ["Uzaicināt vēlreiz", "Re-invite"],
  communityReinviteOf: ["Uzaicināt vēlreiz: {name}", "Re-invite {name}"],
  communityReinviteHeader: ["Uzaicināt mentorēt kārtā", "Invite to mentor in the cohort"],
  communityReinviteText: [
    "{name} saņems e-pastu ar vienu klikšķi apstiprināmu aicinājumu mentorēt kārtā „{cohort}”. Otrreiz var nosūtīt vienu atgādinājumu.",
    "{name} gets an e-mail to confirm with one click that they will mentor in “{cohort}”. One reminder can be sent later.",
  ],
  communityReinvited: ["Uzaicinājums nosūtīts: {name}.", "Invitation sent to {name}."],
  communityReminded: ["Atgādinājums nosūtīts: {name}.", "Reminder sent to {name}."],
  communityFuture: ["Mentorējamie, kas vēlāk vēlētos mentorēt", "Mentees who would mentor later"],
  communityFutureDescription: [
    "Noslēguma jautājumā šie mentorējamie atbildēja, ka nākotnē vēlētos kļūt par mentoru vai kolēģu mentoru.",
    "In the closing question these mentees said they would like to become a mentor or a peer mentor later.",
  ],
  noFutureMentors: ["Tādu vēl nav.", "None yet."],
  communityFutureAnswer: ["Atbilde", "Answer"],
  communityFuture_mentor: ["mentors", "mentor"],
  communityFuture_peer_mentor: ["kolēģu mentors", "peer mentor"],
  communityFuture_both: ["mentors vai kolēģu mentors", "mentor or peer mentor"],
  communityAnsweredAt: ["Atbildēja", "Answered"],
  communityCohortOf: ["Kārta", "Cohort"],
  apiError_no_next_cohort: [
    "Nav kārtas, kurā vēl var pieteikties mentori.",
    "There is no cohort that still takes mentors.",
  ],
  apiError_cohort_not_open: [
    "Šajā kārtā mentori vairs nevar pieteikties.",
    "This cohort no longer takes mentors.",
  ],
  apiError_already_in_cohort: [
    "Šis mentors jau ir šajā kārtā.",
    "This mentor is in this cohort already.",
  ],
  apiError_already_invited: [
    "Uzaicinājums un atgādinājums jau ir nosūtīti.",
    "The invitation and its reminder have already been sent.",
  ],
  apiError_address_undeliverable: [
    "Uz šo adresi e-pastu nevar piegādāt.",
    "Mail cannot be delivered to this address.",
  ],
} satisfies Record<string, Texts>;
