/* entities.c: people, places, organisations and named events in the prose.
 *
 * A name is a run of capitalised words (with `of`, `de`, `la`, `y`... inside
 * it), ranks and titles kept apart. Its kind comes from its head word
 * (`Battle of`, `... Army`, `Lake ...`), else from evidence in its sentence
 * (a rank or an occupation before it, `, who` after it, a verb only people
 * do, a preposition of place before it) summed over the whole article and
 * its infobox, else from a longer name of a person it is a form of. A name
 * with no evidence at all is not reported. People are then grouped (a
 * shorter form goes to the one longer name it is part of; `Diez Canseco`
 * between two brothers goes to the one last named in the paragraph, or
 * stays as written) and each group gets one canonical name, the run's when
 * the run knows it. No list of anybody's names is involved: only
 * gazetteers of ranks, head words, occupations, given names
 * (given_names.inc) and function words. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>
#include <utf8proc.h>

#include "../core/gazetteer.h"
#include "../core/keyindex.h"
#include "../core/mem.h"
#include "../core/strbuf.h"
#include "parsers.h"
#include "prose.h"

/* ---- gazetteers (keywords, any case) ---- */

/* Words that open a sentence without belonging to a name after them. */
static const uint16_t openers[] = {
    KW_the, KW_a, KW_an, KW_in, KW_on, KW_at, KW_after, KW_before, KW_despite, KW_during, KW_with,
    KW_by, KW_for, KW_from, KW_to, KW_under, KW_while, KW_when, KW_as, KW_although, KW_however,
    KW_but, KW_and, KW_thus, KW_then, KW_since, KW_following, KW_upon, KW_between, KW_among, KW_this,
    KW_that, KW_these, KW_those, KW_his, KW_her, KW_its, KW_their, KW_meanwhile, KW_simultaneously,
    KW_afterwards, KW_immediately, KW_prior, KW_according, KW_once, KW_because, KW_if, KW_both,
    KW_each, KW_some, KW_many, KW_most, KW_all, KW_another, KW_other, KW_such, KW_there, KW_it,
    KW_he, KW_she, KW_they, KW_we, KW_what, KW_which, KW_who, KW_where, KW_until, KW_through,
    KW_throughout, KW_within, KW_without, KW_around, KW_near, KW_over, KW_against, KW_also, KW_even,
    KW_only, KW_later, KW_soon, KW_eventually, KW_finally, KW_initially, KW_nevertheless, KW_instead,
    KW_therefore, KW_furthermore, KW_moreover, KW_still, KW_yet, KW_so, KW_not, KW_no, KW_of, KW_or,
    KW_toward, KW_towards, KW_across, KW_along, KW_beyond, KW_unlike, KW_like, KW_having, KW_being,
    KW_born, KW_whereas, KW_here, KW_now, KW_today, KW_every, KW_several, KW_few, KW_one, KW_two,
    KW_three, KW_four, KW_five, KW_six, KW_seven, KW_eight, KW_nine, KW_ten, KW_eleven, KW_twelve,
    KW_neither, KW_either, KW_via, KW_given, KW_failing, KW_i, KW_you, KW_our, KW_my, KW_your, KW_whose,
    KW_whom, KW_why, KW_how, KW_did, KW_do, KW_does, KW_is, KW_was, KW_were, KW_are, KW_be,
    KW_had, KW_has, KW_have, KW_see, KW_further, KW_main, KW_note, KW_indeed, KW_instead,
    AS_KW_END};

/* Lower-case particles inside a name: `Nicolás de Piérola`, `Tambo de
 * Mora`, `Polar y Carasas`, `Ludwig van Beethoven`. */
static const uint16_t particles[] = {KW_de, KW_del, KW_della, KW_di, KW_da, KW_do, KW_dos, KW_das,
                                     KW_du, KW_des, KW_la, KW_las, KW_los, KW_le, KW_van, KW_von,
                                     KW_der, KW_den, KW_y, KW_bin, KW_ibn, KW_al, KW_el, AS_KW_END};

/* Lower-case words only between two words of a place's name: `Frankfurt
 * am Main`, `Baden bei Wien`, `Newcastle upon Tyne` (and `an der`:
 * `Frankfurt an der Oder`, see name_words); not before one (`advanced
 * upon Chiclayo`). */
static const uint16_t inner_particles[] = {KW_am, KW_bei, KW_im, KW_upon, AS_KW_END};

/* Head words of named events that happened (`Battle of X`, `the Chincha
 * Islands War`, `Operation Uranus`). */
static const uint16_t occurrence_heads[] = {
    KW_battle, KW_battles, KW_siege, KW_war, KW_wars, KW_revolution, KW_campaign, KW_operation, KW_offensive, KW_uprising,
    KW_rebellion, KW_revolt, KW_massacre, KW_expedition, KW_invasion, KW_occupation, KW_landing,
    KW_landings, KW_raid, KW_evacuation, KW_liberation, KW_capture, KW_attack, KW_action,
    KW_conference, KW_election, KW_elections, KW_crisis, KW_incident, KW_coup, KW_putsch,
    KW_blockade, KW_insurrection, KW_mutiny, KW_olympics, KW_summit, KW_bombing, KW_retreat,
    KW_breakout, KW_counteroffensive, KW_fall, KW_sack, KW_strike, AS_KW_END};

/* Head words of named acts: somebody proclaims, signs or issues them. */
static const uint16_t act_heads[] = {
    KW_treaty, KW_cry, KW_constitution, KW_manifesto, KW_proclamation, KW_decree, KW_declaration,
    KW_statute, KW_pact, KW_agreement, KW_accord, KW_armistice, KW_charter, KW_convention,
    KW_protocol, KW_edict, KW_ultimatum, KW_memorandum, KW_doctrine, KW_plan, KW_peace, AS_KW_END};

/* Heads of military acts that make a name with `of Place` in lower case
 * where the article also writes the name capitalised: `the invasion of
 * Tulagi` after `The Invasion of Tulagi`. */
static const uint16_t military_acts[] = {
    KW_invasion, KW_capture, KW_landing, KW_liberation, KW_fall, KW_occupation, KW_evacuation, KW_relief,
    KW_sinking, KW_bombing, KW_bombardment, KW_raid, KW_attack, KW_assault, KW_surrender, KW_storming,
    KW_sack, KW_conquest, KW_destruction, KW_defence, KW_defense, AS_KW_END};

static const uint16_t org_heads[] = {
    KW_army, KW_navy, KW_government, KW_congress, KW_assembly, KW_party, KW_ministry, KW_church,
    KW_division, KW_corps, KW_regiment, KW_battalion, KW_brigade, KW_fleet, KW_squadron, KW_council,
    KW_senate, KW_parliament, KW_committee, KW_university, KW_college, KW_colegio, KW_library,
    KW_bank, KW_office, KW_forces, KW_force, KW_command, KW_legion, KW_guard, KW_court, KW_cabinet, KW_league, KW_association, KW_society, KW_institute, KW_union, KW_organization, KW_organisation,
    KW_academy, KW_agency, KW_group, KW_luftwaffe, KW_wehrmacht, KW_kriegsmarine, KW_commission,
    KW_federation, KW_directorate, KW_staff, KW_police, KW_service, KW_movement, KW_front,
    KW_company, KW_flotilla, KW_wing, KW_gruppe, KW_stormo, KW_gruppo, KW_airlines, KW_school,
    KW_hospital, KW_seminary, KW_foundation, KW_electric, KW_fc, KW_council, KW_fusiliers, KW_rifles, KW_highlanders, KW_theatre,
    KW_borderers, KW_guards, KW_dragoons, KW_hussars, KW_lancers, KW_grenadiers, KW_rangers,
    KW_commandos, KW_commando, KW_marines, KW_patrol, KW_battery, KW_infantry, KW_artillery, KW_cavalry, KW_yeomanry, KW_engineers,
    /* in other languages: `10ª Armata`, `Armee Abteilung Narwa`, `Stavka` */
    KW_armata, KW_armee, KW_korps, KW_corpo, KW_divisione, KW_brigata, KW_reggimento, KW_stavka,
    KW_abwehr, KW_gestapo, KW_luftflotte, KW_youth, KW_volkssturm, KW_heer, KW_schutzstaffel, KW_sturmabteilung,
    KW_reichswehr, KW_politburo, KW_comintern, KW_einsatzgruppen, KW_hitlerjugend,
    /* several units named at once: `SS Volunteer Grenadier Regiments 45 and 46` */
    KW_armies, KW_divisions, KW_regiments, KW_battalions, KW_brigades, KW_squadrons, KW_companies,
    KW_fleets, KW_flotillas, KW_headquarters, KW_detachment, KW_detachments, AS_KW_END};

/* Organisation heads that are names alone. */
static const uint16_t proper_orgs[] = {KW_luftwaffe, KW_wehrmacht, KW_kriegsmarine, KW_stavka,
                                       KW_gestapo, KW_abwehr, KW_volkssturm, KW_heer,
                                       KW_schutzstaffel, KW_sturmabteilung, KW_reichswehr,
                                       KW_politburo, KW_comintern, KW_einsatzgruppen, KW_hitlerjugend,
                                       AS_KW_END};

/* Organisation heads that come first: `Kampfgruppe Peiper`, `Panzerarmee
 * Afrika`, `Regia Marina`, `Waffen-SS`. */
static const uint16_t org_first_heads[] = {KW_kampfgruppe, KW_battlegroup, KW_panzerarmee,
                                           KW_schnellgruppe, KW_raggruppamento, KW_battery,
                                           KW_panzergruppe, KW_heeresgruppe, KW_armeegruppe,
                                           KW_luftflotte, KW_regia, KW_waffen, AS_KW_END};

/* Nouns of works, before their titles. */
static const uint16_t work_nouns[] = {KW_play, KW_novel, KW_film, KW_poem, KW_opera, KW_book, KW_song, KW_album,
                                      KW_documentary, KW_memoir, AS_KW_END};

/* Heads of names that are none of the kinds: awards, works. */
static const uint16_t other_heads[] = {KW_medal, KW_prize, KW_award, KW_trophy, KW_cross,
                                       KW_film, KW_novel, KW_album, KW_song, KW_decoration,
                                       KW_ribbon, KW_badge, KW_star, AS_KW_END};


/* Place heads at the end (`Mantaro Valley`, `Kingdom of Denmark`) or at
 * the start (`Lake Titicaca`, `Fort of Santa Catalina`). */
static const uint16_t place_heads[] = {
    KW_city, KW_river, KW_island, KW_islands, KW_lake, KW_mountains, KW_mountain, KW_valley, KW_bay,
    KW_province, KW_department, KW_region, KW_plaza, KW_bridge, KW_street, KW_ridge, KW_hill,
    KW_hills, KW_sea, KW_ocean, KW_strait, KW_gulf, KW_peninsula, KW_canal, KW_square, KW_palace,
    KW_castle, KW_desert, KW_forest, KW_coast, KW_county, KW_district, KW_kingdom, KW_republic,
    KW_empire, KW_harbour, KW_harbor, KW_airfield, KW_beach, KW_station, KW_line, KW_park,
    KW_heights, KW_pass, KW_channel, KW_reef, KW_atoll, KW_plain, KW_plateau, KW_cathedral,
    KW_fortress, KW_airport, KW_fort, KW_cape, KW_mount, KW_port, KW_puerto, KW_isla, KW_monte,
    KW_territory, KW_oblast, KW_state, KW_states, KW_avenue, KW_village, KW_town, KW_peak, KW_knoll,
    KW_spur, KW_hotel, KW_museum, KW_cemetery, KW_barracks, KW_prison, KW_gaol, KW_camp, KW_abbey,
    KW_priory, KW_chapel, KW_tower, KW_gate, KW_moor, KW_woods, KW_highway, KW_road, KW_tunnel,
    /* places named after people: `the Juliette Gordon Low Birthplace`,
     * `the Jesse Owens Memorial Stadium` */
    KW_stadium, KW_memorial, KW_statue, KW_birthplace, KW_mausoleum, KW_monument, KW_mound,
    /* buildings: `Parliament House`, `the Town Hall`, `the Shiva Temple` */
    KW_house, KW_hall, KW_temple, KW_mosque, KW_synagogue, KW_basilica, KW_monastery, KW_convent,
    KW_nunnery, KW_lighthouse, KW_citadel, KW_presidio, KW_belfry, KW_observatory, KW_site, KW_gardens,
    AS_KW_END};
/* Of those, the ones that come first. */
static const uint16_t place_first_heads[] = {KW_lake, KW_mount, KW_fort, KW_cape, KW_port,
                                             KW_plaza, KW_puerto, KW_isla, KW_monte, KW_hotel,
                                             KW_camp, KW_presidio, AS_KW_END};

/* Place heads that are surnames too: `Keith Park`, `John Tower`. */
static const uint16_t surname_heads[] = {KW_park, KW_hill, KW_tower, KW_moor, KW_gate, KW_camp,
                                         KW_chapel, KW_woods, KW_house, KW_hall, AS_KW_END};

/* Points of the compass: `south of Ypres` is a place's. */
static const uint16_t compass[] = {KW_north, KW_south, KW_east, KW_west, KW_northeast, KW_northwest,
                                   KW_southeast, KW_southwest, AS_KW_END};

/* Nouns for what a person is, right before the name: `the writer Ricardo
 * Palma`, `Argentine diplomat José E. Uriburu`. */
static const uint16_t person_nouns[] = {
    KW_writer, KW_diplomat, KW_politician, KW_magistrate, KW_historian, KW_journalist, KW_poet,
    KW_author, KW_novelist, KW_philosopher, KW_painter, KW_singer, KW_actor, KW_actress,
    KW_composer, KW_officer, KW_leader, KW_secretary, KW_ambassador, KW_mayor, KW_brother,
    KW_sister, KW_son, KW_daughter, KW_wife, KW_husband, KW_father, KW_mother, KW_engineer,
    KW_scientist, KW_economist, KW_lawyer, KW_explorer, KW_pilot, KW_soldier, KW_priest,
    KW_playwright, KW_critic, KW_psychoanalyst, KW_scholar, KW_chronicler, KW_ace, KW_colleague,
    KW_successor, KW_predecessor, KW_deputy, KW_aide, KW_adjutant, KW_chaplain, KW_merchant,
    KW_businessman, KW_activist, KW_artist, KW_musician, KW_linguist, KW_theorist, KW_editor,
    KW_director, KW_producer, KW_host, KW_rival, KW_friend, KW_student, KW_teacher, KW_professor,
    KW_farmer, KW_essayist, KW_biographer, KW_memoirist, KW_judge, KW_feminist, KW_commander,
    KW_president, KW_general, KW_captain, KW_colonel, KW_admiral, KW_marshal, KW_lieutenant,
    KW_minister, KW_literati, KW_envoy, KW_consul, KW_bishop, KW_king, KW_queen, KW_emperor,
    KW_organist, KW_architect, KW_physician, KW_surgeon, KW_chemist, KW_physicist, KW_mathematician,
    KW_astronomer, KW_botanist, KW_naturalist, KW_geologist, KW_inventor, KW_sculptor, KW_cartographer,
    KW_navigator, KW_missionary, KW_banker, KW_conductor, KW_pianist, KW_violinist,
    KW_dramatist, KW_theologian, KW_abolitionist, KW_nurse, KW_brothers, KW_sisters, AS_KW_END};

/* Vessels: the capitalised words after them name a ship, not a person. */
static const uint16_t vessel_nouns[] = {
    KW_corvette, KW_frigate, KW_ship, KW_battleship, KW_cruiser, KW_destroyer, KW_submarine,
    KW_carrier, KW_vessel, KW_schooner, KW_steamer, KW_gunboat, KW_liner, KW_tanker, KW_sloop,
    KW_minesweeper, KW_transport, KW_tug, KW_trawler, KW_yacht, KW_boat, KW_mothership, KW_tender,
    KW_merchantman, KW_steamship, KW_panzerschiff, KW_platform, KW_flagship, KW_ironclad, KW_dreadnought,
    AS_KW_END};

/* The same in the plural, before a list of ships' names: `the destroyers
 * Pantera and Tigre`, `the carriers Akagi, Kaga, Sōryū and Hiryū`. */
static const uint16_t vessel_plurals[] = {
    KW_corvettes, KW_frigates, KW_ships, KW_battleships, KW_cruisers, KW_destroyers, KW_submarines,
    KW_carriers, KW_vessels, KW_schooners, KW_steamers, KW_gunboats, KW_liners, KW_tankers,
    KW_sloops, KW_minesweepers, KW_transports, KW_trawlers, KW_boats, KW_platforms, KW_ironclads, AS_KW_END};

/* Verbs of telling before `to`: `signalled to Hitler` is to a person. */
static const uint16_t telling_verbs[] = {
    KW_signalled, KW_signaled, KW_replied, KW_wrote, KW_wired, KW_telegraphed,
    KW_appealed, KW_complained, KW_explained, KW_spoke, KW_talked, KW_promised, KW_apologised,
    KW_apologized, KW_objected, KW_protested, KW_radioed, KW_cabled, KW_answered, KW_confessed,
    KW_listened, KW_lied, KW_pleaded, KW_swore, KW_written, KW_writing, KW_suggested, KW_proposed,
    KW_addressed, KW_letter, KW_letters, KW_telegram, AS_KW_END};

/* The months: alone, no one's or no place's name (`from June to
 * September`, with no day or year to make a date of it). */
static const uint16_t months[] = {KW_january, KW_february, KW_march, KW_april, KW_may, KW_june,
                                  KW_july, KW_august, KW_september, KW_october, KW_november,
                                  KW_december, AS_KW_END};

/* Auxiliaries between a name and its verb: `Hitler had already decided`. */
static const uint16_t auxiliaries[] = {KW_had, KW_has, KW_would, KW_could, KW_did, KW_must,
                                       KW_might, AS_KW_END};

/* Verbs (after the name, maybe after an adverb) that only people do. */
static const uint16_t person_verbs[] = {
    KW_died, KW_said, KW_wrote, KW_married, KW_resigned, KW_proclaimed, KW_declared, KW_appointed,
    KW_assumed, KW_refused, KW_decided, KW_ordered, KW_issued, KW_signed, KW_became, KW_served,
    KW_argued, KW_claimed, KW_stated, KW_told, KW_agreed, KW_attempted, KW_tried, KW_wanted,
    KW_desired, KW_organized, KW_organised, KW_embarked, KW_disembarked, KW_convened, KW_entrusted,
    KW_employed, KW_initiated, KW_recalled, KW_replied, KW_believed, KW_thought, KW_hoped,
    KW_feared, KW_planned, KW_studied, KW_taught, KW_published, KW_retired, KW_promised, KW_urged,
    KW_asked, KW_demanded, KW_insisted, KW_visited, KW_lived, KW_graduated, KW_admitted,
    KW_explained, KW_wished, KW_learned, KW_realised, KW_realized, KW_commented, KW_remarked,
    KW_noted, KW_praised, KW_criticized, KW_criticised, KW_authorized, KW_authorised, KW_saw,
    KW_received, KW_renounced, KW_proposed, KW_left, KW_arrived, KW_marched, KW_retreated,
    KW_withdrew, KW_fled, KW_moved, KW_returned, KW_sailed, KW_travelled, KW_traveled, KW_went,
    KW_advanced, KW_settled, KW_paused, KW_faced, KW_boasted, KW_announced, KW_remembered,
    KW_recounted, KW_concluded, KW_asserted, KW_suggested, KW_denied, KW_warned, KW_acknowledged,
    KW_hesitated, KW_drowned, AS_KW_END};

/* Participles after `was` / `had been` that only people undergo. */
static const uint16_t person_passives[] = {
    KW_born, KW_appointed, KW_elected, KW_killed, KW_executed, KW_exiled, KW_arrested,
    KW_deported, KW_designated, KW_stripped, KW_assassinated, KW_murdered, KW_wounded, KW_promoted,
    KW_crowned, KW_knighted, KW_sentenced, KW_imprisoned, KW_buried, KW_educated, KW_awarded,
    KW_relieved, KW_dismissed, KW_declared, KW_listed, KW_recognized, KW_recognised, KW_named,
    KW_proclaimed, KW_sworn, KW_raised, AS_KW_END};

/* Adverbs between a name and its verb: `Prado then proclaimed`. */
static const uint16_t adverbs[] = {KW_then, KW_also, KW_later, KW_eventually, KW_apparently,
                                   KW_initially, KW_subsequently, KW_soon, KW_finally, KW_still,
                                   KW_himself, KW_herself, KW_immediately, KW_personally,
                                   KW_allegedly, KW_reportedly, KW_again, KW_already, KW_never,
                                   KW_not, AS_KW_END};

/* Nouns after a possessive that only people have: `Montero's departure`. */
/* Kinship nouns: the name after one is a relative's (`his eldest son, John
 * Quincy Adams`), not the article's subject. */
static const uint16_t kinship[] = {KW_son, KW_daughter, KW_brother, KW_sister, KW_father, KW_mother,
                                   KW_wife, KW_husband, KW_grandson, KW_granddaughter, KW_nephew,
                                   KW_niece, KW_uncle, KW_aunt, KW_cousin, KW_grandfather,
                                   KW_grandmother, KW_stepson, KW_stepdaughter, KW_stepfather,
                                   KW_stepmother, KW_widow, KW_widower, AS_KW_END};

static const uint16_t person_possessions[] = {
    KW_brother, KW_sister, KW_wife, KW_husband, KW_son, KW_daughter, KW_father, KW_mother,
    KW_death, KW_refusal, KW_departure, KW_resignation, KW_arrest, KW_deportation, KW_presidency,
    KW_cabinet, KW_assassination, KW_birth, KW_funeral, KW_career, KW_life, KW_family,
    KW_mistress, KW_widow, KW_parents, KW_memoirs, KW_diary, KW_biography, KW_novel, KW_book,
    KW_government, KW_instructions, KW_orders, KW_regime, KW_administration, KW_manifesto,
    KW_army, KW_troops, KW_forces, KW_unit, KW_men, KW_brigade, KW_headquarters, KW_staff,
    KW_tanks, KW_flagship, KW_division, KW_corps, KW_command, AS_KW_END};

/* Prepositions and verbs right before a place. */
static const uint16_t place_preps[] = {
    KW_in, KW_at, KW_to, KW_towards, KW_toward, KW_from, KW_near, KW_into, KW_through, KW_around,
    KW_across, KW_outside, KW_via, KW_onto, KW_occupied, KW_entered, KW_reached, KW_left,
    KW_leaving, KW_captured, KW_seized, KW_besieged, KW_bombed, KW_surrounded, KW_evacuated,
    KW_invaded, KW_liberated, KW_took, KW_inside, KW_off, KW_reaching, KW_entering, AS_KW_END};

/* Lower-case nouns before `of X` that make X a place: `the city of Lima`. */
static const uint16_t place_nouns[] = {KW_city, KW_town, KW_province, KW_department, KW_port,
                                       KW_region, KW_village, KW_island, KW_capital, KW_district,
                                       KW_state, KW_county, KW_outskirts, KW_suburbs, AS_KW_END};

/* Nationalities and other capitalised adjectives the suffix rule misses. */
static const uint16_t adjectives[] = {
    KW_german, KW_french, KW_dutch, KW_soviet, KW_british, KW_english, KW_greek, KW_polish,
    KW_finnish, KW_swedish, KW_danish, KW_czech, KW_turkish, KW_thai, KW_arab, KW_argentine,
    KW_welsh, KW_scottish, KW_irish, KW_allied, KW_axis, KW_nazi, KW_catholic, KW_christian,
    KW_muslim, KW_jewish, KW_roman, KW_latin, KW_western, KW_eastern, KW_northern, KW_southern,
    KW_central, KW_royal, KW_imperial, KW_national, KW_federal, KW_provisional, KW_revolutionary,
    KW_constitutional, KW_republican, KW_democratic, KW_communist, KW_socialist, KW_liberal,
    KW_conservative, KW_israeli, KW_iraqi, KW_pakistani, KW_bangladeshi, KW_afghan, KW_basque,
    KW_free, KW_marine, KW_naval, KW_panzer, KW_supreme, KW_acting, KW_joint, AS_KW_END};

/* What a thing serves as, not an office: `served as the capital of
 * Norway`, `a major base`, `an inspiration for the Polish Army`. */
static const uint16_t served_things[] = {
    KW_capital, KW_base, KW_seat, KW_residence, KW_port, KW_prison, KW_inspiration, KW_model,
    KW_basis, KW_symbol, KW_outpost, KW_headquarters, KW_centre, KW_center, KW_hub, KW_gateway,
    KW_lighthouse, KW_cornerstone, KW_point, KW_refuge, KW_venue, KW_template, KW_example,
    KW_reminder, KW_backdrop, KW_setting, KW_precedent, KW_blueprint, KW_prototype, KW_depot,
    KW_stronghold, KW_bridgehead, KW_harbour, KW_harbor, KW_anchorage, KW_airfield, KW_hospital,
    KW_barracks, KW_museum, KW_church, KW_school, KW_home, KW_specimen, KW_part, KW_shelter,
    KW_terminus, KW_station, KW_market, KW_warehouse, KW_fortress, KW_garrison, KW_catalyst,
    KW_springboard, KW_focus, KW_landmark, AS_KW_END};

/* Heads of bodies named after someone, a rank and all: `Queen Elizabeth
 * Hospital`, `Kaiser Wilhelm Institute`. */
static const uint16_t institution_heads[] = {KW_school, KW_hospital, KW_college, KW_university, KW_library,
                                             KW_foundation, KW_academy, KW_institute, AS_KW_END};

/* Words that end the noun phrase after `served as`. */
static const uint16_t role_run_stops[] = {KW_of, KW_for, KW_in, KW_to, KW_at, KW_on, KW_from,
                                          KW_and, KW_or, KW_until, KW_since, KW_during, KW_with,
                                          KW_under, KW_between, KW_by, KW_after, KW_before, AS_KW_END};

#define ENTITY_LISTS(X)                                                                            \
  X(openers) X(particles) X(inner_particles) X(occurrence_heads) X(act_heads) X(military_acts)                    \
  X(work_nouns) X(org_heads) X(proper_orgs)                                                                         \
  X(org_first_heads) X(compass) X(surname_heads)                                                                    \
  X(place_heads) X(place_first_heads) X(person_nouns) X(kinship) X(vessel_nouns) X(person_verbs)             \
  X(person_passives) X(adverbs) X(person_possessions) X(place_preps) X(place_nouns) X(adjectives)  \
  X(other_heads) X(vessel_plurals) X(telling_verbs) X(auxiliaries) X(months) X(served_things) X(role_run_stops) X(institution_heads)

/* The lists above as sets, built once. */
static struct {
#define X(name) as_kwset name;
  ENTITY_LISTS(X)
#undef X
} sets;
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

typedef struct {
  const char *name;
  char sex; /* 'm', 'f', or 0: either */
} given_t;

#define M(s) {s, 'm'}
#define F(s) {s, 'f'}
#define U(s) {s, 0}
static const given_t given_names[] = {
#include "given_names.inc"
};
#undef M
#undef F
#undef U
enum { NGIVEN = sizeof given_names / sizeof *given_names };

static as_slice given_sorted[NGIVEN]; /* the list sorted, with lengths */
static char given_sex[NGIVEN];        /* the sex of given_sorted[i] */

static int cmp_slice(const void *a, const void *b) {
  const as_slice *x = a, *y = b;
  int d = memcmp(x->ptr, y->ptr, x->len < y->len ? x->len : y->len);
  return d ? d : (x->len > y->len) - (x->len < y->len);
}

static void build_sets(void) {
#define X(name) as_kwset_add(&sets.name, name);
  ENTITY_LISTS(X)
#undef X
  for (size_t i = 0; i < NGIVEN; i++)
    given_sorted[i] = as_slice_make(given_names[i].name, strlen(given_names[i].name));
  qsort(given_sorted, NGIVEN, sizeof *given_sorted, cmp_slice);
  /* the slices point into the table: a slice's entry is found by address */
  for (size_t i = 0; i < NGIVEN; i++)
    for (size_t k = 0; k < NGIVEN; k++)
      if (given_names[k].name == given_sorted[i].ptr) {
        given_sex[i] = given_names[k].sex;
        break;
      }
}

/* Whether w is one of the words of list (its first byte looked at first:
 * most names are in no list). */
static bool listed(as_slice w, const char *const *list) {
  if (!w.len)
    return false;
  for (int k = 0; list[k]; k++)
    if (list[k][0] == w.ptr[0] && strncmp(list[k], w.ptr, w.len) == 0 && list[k][w.len] == 0)
      return true;
  return false;
}

/* Whether w, or its part before a hyphen (`Jean-Paul`), is a given name of
 * the list. */
static long given_search(as_slice w) {
  size_t lo = 0, hi = NGIVEN;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int d = cmp_slice(&given_sorted[mid], &w);
    if (d == 0)
      return (long)mid;
    if (d < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

static long given_index(as_slice w) {
  const char *dash = memchr(w.ptr, '-', w.len);
  if (dash)
    w.len = (size_t)(dash - w.ptr);
  long g = given_search(w);
  bool ascii = true;
  for (size_t i = 0; i < w.len && ascii; i++)
    ascii = (unsigned char)w.ptr[i] < 0x80;
  if (g >= 0 || ascii || w.len > 64)
    return g;
  /* `Antônio`, `Zoë`: a name of the list with other marks, or none */
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)w.ptr, (utf8proc_ssize_t)w.len, &folded,
                                    UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
  if (n > 0 && (size_t)n != w.len)
    g = given_search(as_slice_make((const char *)folded, (size_t)n));
  free(folded);
  return g;
}

static bool given_name(as_slice w) { return given_index(w) >= 0; }

static bool among(const as_tok *t, const as_kwset *set) { return as_kwset_has(set, t); }

bool as_serves_as_thing(const as_tok *t, uint32_t n, uint32_t k) {
  pthread_once(&sets_once, build_sets);
  if (k < n && (as_tok_kw(&t[k], KW_a) || as_tok_kw(&t[k], KW_an) || as_tok_kw(&t[k], KW_the) ||
                as_tok_kw(&t[k], KW_its) || as_tok_kw(&t[k], KW_their)))
    k++;
  /* the head is the last word of the run: `a forward staging point for` */
  uint32_t head = n;
  for (uint32_t j = k; j < n && j < k + 7; j++) {
    /* `nurse-technician`: a hyphen joins its parts */
    if (t[j].kind == AS_TK_DASH && j > k && !t[j].space_before && j + 1 < n && !t[j + 1].space_before)
      continue;
    if (t[j].kind != AS_TK_WORD || among(&t[j], &sets.role_run_stops))
      break;
    head = j;
  }
  return head < n && among(&t[head], &sets.served_things);
}

/* ---- runs of capitalised words ---- */

typedef struct {
  as_prose *p;
  as_sent *s;
  as_slice text;
  const as_tok *t;
  uint32_t n;
  const bool *taken; /* tokens inside a date or quantity */
} scan;

static bool word(const scan *c, uint32_t i) { return i < c->n && c->t[i].kind == AS_TK_WORD; }
static bool capw(const scan *c, uint32_t i) { return word(c, i) && c->t[i].cap && !c->taken[i]; }
static bool kw(const scan *c, uint32_t i, int k) { return i < c->n && c->t[i].kw == k; }
static bool punct(const scan *c, uint32_t i, char ch) {
  return i < c->n && c->t[i].kind == AS_TK_PUNCT && c->t[i].end - c->t[i].start == 1 &&
         c->text.ptr[c->t[i].start] == ch;
}
static as_slice tok(const scan *c, uint32_t i) { return as_tok_text(c->text, &c->t[i]); }

static bool is_apostrophe_at(as_slice s, size_t i, size_t *len) {
  if (i < s.len && s.ptr[i] == '\'') {
    *len = 1;
    return true;
  }
  if (i + 2 < s.len + 0 && (unsigned char)s.ptr[i] == 0xE2 && (unsigned char)s.ptr[i + 1] == 0x80 &&
      (unsigned char)s.ptr[i + 2] == 0x99) {
    *len = 3;
    return true;
  }
  return false;
}

/* `Prado's` / `Prado’s`: the length without the possessive, or 0. */
static size_t possessive_len(as_slice w) {
  size_t n;
  if (w.len >= 3 && w.ptr[w.len - 1] == 's') {
    if (is_apostrophe_at(w, w.len - 2, &n) && n == 1)
      return w.len - 2;
    if (w.len >= 5 && is_apostrophe_at(w, w.len - 4, &n) && n == 3)
      return w.len - 4;
  }
  return 0;
}

/* A single letter, the initial of a name (`A` in `Andrés A. Cáceres`). */
static bool initial(const scan *c, uint32_t i) {
  if (!capw(c, i))
    return false;
  as_slice w = tok(c, i);
  size_t k = 1;
  while (k < w.len && ((unsigned char)w.ptr[k] & 0xC0) == 0x80)
    k++;
  return k == w.len;
}

static bool rank_at(const scan *c, uint32_t i) {
  /* looked up once per token, by the tokenizer */
  return word(c, i) && c->t[i].rank && !c->taken[i];
}

/* A strict rank: `General`, not `Vice` or `Chief` alone. */
static bool strict_rank_at(const scan *c, uint32_t i) {
  return rank_at(c, i) && c->t[i].cap && !as_is_rank_modifier(tok(c, i));
}

static as_head head_of(const as_tok *t);

/* `St. Vith`, `Mt. Suribachi`, `Ft. Benning`: an abbreviated word of a
 * place's name, its full stop no end. */
static bool abbreviated_word(as_slice w) {
  return as_slice_eq_cstr(w, "St") || as_slice_eq_cstr(w, "Ste") || as_slice_eq_cstr(w, "Mt") ||
         as_slice_eq_cstr(w, "Ft");
}

/* The full stop at j ends an abbreviation of initials begun at or after i
 * (`U.S.`, `R.A.`). */
static bool dotted_end(const scan *c, uint32_t i, uint32_t j) {
  return j >= i + 3 && j < c->n && punct(c, j, '.') && !c->t[j].space_before && initial(c, j - 1) &&
         !c->t[j - 1].space_before && punct(c, j - 2, '.') && !c->t[j - 2].space_before && initial(c, j - 3);
}

/* `Alan Brooke—Chief of the Imperial General Staff`: an em dash opens an
 * aside; it joins no words of a name (a hyphen or an en dash does:
 * `Hans-Jürgen`, `Franco–Prussian War`). */
static bool em_dash(const scan *c, uint32_t i) {
  as_slice w = tok(c, i);
  return w.len == 3 && (unsigned char)w.ptr[0] == 0xE2 && (unsigned char)w.ptr[1] == 0x80 &&
         (unsigned char)w.ptr[2] == 0x94;
}

/* The words of a name from i: capitalised words, particles and hyphens
 * between them, initials with their full stop; a possessive ends it.
 * Returns the end (exclusive) and sets *poss. */
static bool abbreviation(as_slice name);

/* Short second halves of compound adjectives, no syllables of a name
 * (`German-held`, `Soviet-led`). */
static const char *const compound_ends[] = {"led", "born", "held", "like", "type", "era", "made", "run",  "wide",
                                            "only", "free", "in", "up", "out", "off", "on", "day", "year", "old",
                                            "long", "area", "zone", "side", "time", "fire", "war", "rich", "poor",
                                            "new", "age", "tier", "base", "size", "fed", "wing", "bred", NULL};

/* Particles longer than three letters between the hyphens of a place's
 * name (`Stratford-upon-Avon`, `Newcastle-under-Lyme`). */
static const char *const long_particles[] = {"upon", "under", "next", "lès", NULL};

/* The suffixes a hyphen glues to a Japanese name (`Kōfuku-ji`,
 * `Heian-kyō`, `Himeji-jō`, `Izumo-taisha`). */
static const char *const japanese_suffixes[] = {"ji", "dera", "kyō", "kyo", "jō", "jinja", "jingū", "taisha",
                                                "gū", "machi", "mura", "chō", "shi", "gun", "ku", NULL};

/* `Philip II of`: a sovereign's numeral at k (after a given name), then
 * `of` and the realm. */
static bool realm_after(const scan *c, uint32_t k) {
  return k > 0 && as_roman_numeral(tok(c, k)) && given_name(tok(c, k - 1)) && kw(c, k + 1, KW_of) &&
         !c->t[k + 1].cap;
}

static bool adjective(const scan *c, uint32_t i);

/* The head of a civil body's name at i (`Union`, `Party`, `Society`):
 * one that `and` may join words before (`Peace and Freedom Party`), or
 * `for` a cause follow (`Society for Women's Suffrage`). */
static bool civil_head(const scan *c, uint32_t i) {
  static const uint16_t civil[] = {KW_union, KW_party, KW_society, KW_league, KW_association, KW_college,
                                   KW_university, KW_committee, KW_council, KW_federation, KW_foundation,
                                   KW_institute, KW_academy, KW_commission, KW_movement, KW_school,
                                   KW_hospital, KW_company, KW_bank, KW_library, KW_organization,
                                   KW_organisation, AS_KW_END};
  for (int h = 0; civil[h] != AS_KW_END; h++)
    if (kw(c, i, civil[h]))
      return true;
  return false;
}

/* `Women's`, `People's`, `Workers'`: the possessive of a people, which
 * opens the name of its organisation (`Women's Royal Naval Service`). */
static bool collective_possessive(as_slice w) {
  static const char *const peoples[] = {"Women", "Men", "Children", "People", "Peoples", "Workers", "Soldiers",
                                        "Sailors", "Veterans", "Citizens", "Ladies", "Girls", "Boys", "Mothers",
                                        "Farmers", "Officers", "Nurses", "Writers", "Teachers", "Freedman",
                                        "Freedmen", "Seamen", "Mariners", "Miners", "Merchants", "Traders",
                                        "Artists", "Physicians", "Students", NULL};
  size_t n = possessive_len(w);
  return n && listed(as_slice_make(w.ptr, n), peoples);
}

/* `Queen's`, `King's`: a sovereign's, in the names of regiments and
 * colleges (`Queen's Own Royal West Kent Regiment`). */
static bool sovereigns(as_slice w) {
  return as_slice_eq_cstr(w, "Queen's") || as_slice_eq_cstr(w, "King's") || as_slice_eq_cstr(w, "Queen\xe2\x80\x99s") ||
         as_slice_eq_cstr(w, "King\xe2\x80\x99s");
}

/* `St Petroc's Infant School`, `Saint Mary's Church`: a saint's name is
 * the name of what is named after him. */
static bool saint(as_slice w) {
  return as_slice_eq_cstr(w, "St") || as_slice_eq_cstr(w, "Saint") || as_slice_eq_cstr(w, "Ste") ||
         as_slice_eq_cstr(w, "Sankt");
}

/* The capitalised words from j end in an organisation's head: a unit
 * (`South Seas Detachment`), somebody's when a possessive comes first. */
static bool unit_after(const scan *c, uint32_t j) {
  uint32_t k = j;
  while (k < c->n && k < j + 6 && capw(c, k) && !possessive_len(tok(c, k)))
    k++;
  return k > j && among(&c->t[k - 1], &sets.org_heads);
}

static uint32_t name_words(const scan *c, uint32_t i, bool *poss) {
  uint32_t j = i, end = i;
  *poss = false;
  while (j < c->n) {
    if (capw(c, j)) {
      /* `Flight Lieutenant David Lord received`: a title after a given name,
       * with no name after it, is a surname */
      if (j > i && strict_rank_at(c, j) && !as_slice_eq_cstr(tok(c, j - 1), "Our") && /* `Church of Our Lady` */
          !kw(c, j - 1, KW_bin) && !kw(c, j - 1, KW_ibn) && /* `Said bin Sultan`: his father's name */
          !(!capw(c, j + 1) && !punct(c, j + 1, '.') && !kw(c, j + 1, KW_of) && given_name(tok(c, i))) &&
          !(j >= i + 3 && c->t[j - 1].kind == AS_TK_DASH && !c->t[j].space_before && !rank_at(c, j - 2)) &&
          /* `Byron King-Noel`: a double surname */
          !(j + 2 < c->n && c->t[j + 1].kind == AS_TK_DASH && !em_dash(c, j + 1) && !c->t[j + 1].space_before &&
            !c->t[j + 2].space_before && capw(c, j + 2) && !rank_at(c, j + 2)))
        break; /* `Chilean President Domingo ...`: the rank starts anew (not `Foy-Nôtre-Dame`) */
      /* `Julia Kristeva And Literary Theory`: a title in title case, not one name */
      if (j > i && (kw(c, j, KW_and) || kw(c, j, KW_or) || kw(c, j, KW_the) || kw(c, j, KW_in) ||
                    kw(c, j, KW_for) || kw(c, j, KW_to) || kw(c, j, KW_with) || kw(c, j, KW_from) ||
                    kw(c, j, KW_at) || kw(c, j, KW_on)))
        break;
      end = ++j;
      /* `Philip II of Spain`, `Elizabeth II of the United Kingdom`: a
       * sovereign's numeral and realm are the name */
      if (j - 1 > i && realm_after(c, j - 1) &&
          (capw(c, j + 1) || (kw(c, j + 1, KW_the) && !c->t[j + 1].cap && capw(c, j + 2)))) {
        j += kw(c, j + 1, KW_the) ? 2 : 1;
        continue;
      }
      /* `Fighter Squadron VMF-211`: a unit's code of capitals and a number */
      if (j - 1 > i && abbreviation(tok(c, j - 1)) && j + 1 < c->n && c->t[j].kind == AS_TK_DASH &&
          !c->t[j].space_before && c->t[j + 1].kind == AS_TK_NUM && !c->t[j + 1].space_before && !c->taken[j + 1]) {
        end = j + 2;
        break;
      }
      /* `The Women's Social and Political Union`, `People's Liberation
       * Army`: a people's possessive opening an organisation's name */
      uint32_t first = kw(c, i, KW_the) ? i + 1 : i; /* `The Women's ...` opening a sentence */
      if (j - 1 == first && possessive_len(tok(c, first)) && capw(c, j) && collective_possessive(tok(c, first)))
        continue;
      if (possessive_len(tok(c, j - 1))) {
        /* `Edson's Ridge`, `Queen's Own Royal West Kent Regiment`: a
         * possessive inside a name; `Montero's Cry of Montán`, `Prado's
         * Army`: somebody's thing */
        if (capw(c, j) && head_of(&c->t[j]) == AS_HEAD_NONE && !among(&c->t[j], &sets.org_heads) &&
            !strict_rank_at(c, j) &&
            ((j - 1 > i && !given_name(tok(c, i)) &&
              ((!(i > 0 && rank_at(c, i - 1)) && !unit_after(c, j)) || sovereigns(tok(c, j - 1)) ||
               collective_possessive(tok(c, j - 1)) || saint(tok(c, i)))) ||
             among(&c->t[j], &sets.place_heads)))
          continue; /* but `Isoroku Yamamoto's Combined Fleet` is his, and
                     * `General Tomitaro Horii's South Seas Detachment` */
        /* `Queen's College`, `King's Cross`: a sovereign's, named alone */
        if (j - 1 == i && capw(c, j) && (among(&c->t[j], &sets.org_heads) || among(&c->t[j], &sets.place_heads)) &&
            sovereigns(tok(c, i)))
          continue;
        *poss = true;
        break;
      }
      if (punct(c, j, '\'') && !c->t[j + 0].space_before && (j + 1 >= c->n || c->t[j + 1].space_before)) {
        *poss = true; /* `Iglesias'` */
        break;
      }
      /* `Highway No. 1`: a number after `No.` ends the name */
      if (j - 1 > i && as_slice_eq_cstr(tok(c, j - 1), "No") && punct(c, j, '.') && !c->t[j].space_before &&
          j + 1 < c->n && c->t[j + 1].kind == AS_TK_NUM && !c->taken[j + 1]) {
        end = j + 2;
        break;
      }
      /* `Merritt A. Edson`, but `Army Group B. Hitler ordered`; `St. Vith` */
      if (abbreviated_word(tok(c, j - 1)) && punct(c, j, '.') && !c->t[j].space_before &&
          capw(c, j + 1)) {
        j++;
        continue;
      }
      if (initial(c, j - 1) && punct(c, j, '.') && !c->t[j].space_before && capw(c, j + 1) &&
          (!(j >= 2 && (head_of(&c->t[j - 2]) != AS_HEAD_NONE ||
                         among(&c->t[j - 2], &sets.org_heads))) ||
           (!c->t[j + 1].space_before && initial(c, j + 1))))
        j++;
      else if (initial(c, j - 1) && punct(c, j, '.') && !c->t[j].space_before && j + 4 < c->n &&
               punct(c, j + 1, '"') && capw(c, j + 2) && punct(c, j + 3, '"') && capw(c, j + 4))
        j++; /* `John S. "Jimmy" Thach` */
      else if (dotted_end(c, i, j)) {
        end = ++j; /* `the U.S. beachheads`: the abbreviation keeps its full stop */
        break;
      }
      continue;
    }
    /* `Social and Political Union`, `Peace and Freedom Party`: words
     * joined by `and` before an organisation's head (not a person's
     * name, nor words with a head of their own: `the Army and Navy`) */
    if (j > i && kw(c, j, KW_and) && !c->t[j].cap && capw(c, j + 1) && !given_name(tok(c, i)) &&
        j - i <= 2 + (uint32_t)kw(c, i, KW_the)) {
      uint32_t k = j + 1;
      while (k < c->n && k < j + 5 && capw(c, k) && !kw(c, k, KW_and))
        k++;
      /* a civil body's head, after two words at least (not units named
       * together: `the First and Ninth Armies`, `Crete and Desert Air
       * Force`, `Renkum and Kriegsmarine`) */
      bool headed = k > j + 2 && !kw(c, k, KW_of) && civil_head(c, k - 1);
      for (uint32_t h = i; h < j && headed; h++)
        headed = !among(&c->t[h], &sets.org_heads) && !among(&c->t[h], &sets.place_heads) &&
                 /* (a people's adjective opens a society's name: `British
                  * and Foreign Blind Association`, not a union of two
                  * peoples: `the German and Soviet Union`) */
                 !(adjective(c, h) && kw(c, k - 1, KW_union)) && c->t[h].kind == AS_TK_WORD;
      if (headed) {
        j++;
        continue;
      }
    }
    /* `Texas A&M University`, `Patent & Trademark Office` */
    if (j > i && punct(c, j, '&') && capw(c, j + 1) && c->t[j].space_before == c->t[j + 1].space_before) {
      j++;
      continue;
    }
    /* a nickname in quotes: `Andrés "Picuy" Pachas Hernández` */
    if (j > i && punct(c, j, '"') && capw(c, j + 1) && punct(c, j + 2, '"') && capw(c, j + 3)) {
      j += 3;
      continue;
    }
    if (j > i && !c->t[j].cap &&
        (among(&c->t[j], &sets.particles) || among(&c->t[j], &sets.inner_particles) ||
         (kw(c, j, KW_an) && (kw(c, j + 1, KW_der) || kw(c, j + 1, KW_dem))))) {
      /* `de la Magdalena`, `von der Heydte` */
      uint32_t k = j + 1;
      if (k < c->n && among(&c->t[k], &sets.particles) && !c->t[k].cap)
        k++;
      if (capw(c, k)) {
        j = k;
        continue;
      }
      /* `Omar bin Rashid al-Harthi`, `Abd al-Rahman`: a particle glued to
       * the name by a hyphen */
      if (k == j + 1 && k + 1 < c->n && c->t[k].kind == AS_TK_DASH && !c->t[k].space_before &&
          !c->t[k + 1].space_before && capw(c, k + 1)) {
        j = k + 1;
        continue;
      }
    }
    if (j > i && c->t[j].kind == AS_TK_DASH && !c->t[j].space_before && j + 1 < c->n &&
        !c->t[j + 1].space_before && capw(c, j + 1) && !em_dash(c, j)) {
      j++;
      continue;
    }
    /* `Lin Wei-ming`, `Soong Ching-ling`, `Kim Il-sung`, `Jussi Halla-aho`:
     * a short syllable after a hyphen ends a name of two words or more;
     * not `the Soviet Union-led`, `German-held` */
    if (j > i + 1 && c->t[j].kind == AS_TK_DASH && !c->t[j].space_before && !em_dash(c, j) && j + 1 < c->n &&
        word(c, j + 1) && !c->t[j + 1].cap && !c->t[j + 1].space_before && tok(c, j + 1).len <= 4 &&
        !(j + 2 < c->n && c->t[j + 2].kind == AS_TK_DASH && !c->t[j + 2].space_before) &&
        !listed(tok(c, j + 1), compound_ends)) {
      end = j + 2;
      break;
    }
    /* `Kōfuku-ji`, `Heian-kyō`: a Japanese name's suffix of a temple, a
     * capital, a castle or a town glued to it */
    if (j == i + 1 && c->t[j].kind == AS_TK_DASH && !c->t[j].space_before && j + 1 < c->n && word(c, j + 1) &&
        !c->t[j + 1].space_before && listed(tok(c, j + 1), japanese_suffixes) &&
        !(j + 2 < c->n && c->t[j + 2].kind == AS_TK_DASH && !c->t[j + 2].space_before)) {
      end = j + 2;
      break;
    }
    /* `Saint Côme-du-Mont`, `Marche-en-Famenne`, `Bab-el-Mandeb`,
     * `Stratford-upon-Avon`: lower-case particles between hyphens */
    if (j > i && c->t[j].kind == AS_TK_DASH && !c->t[j].space_before) {
      uint32_t k = j;
      while (k + 2 < c->n && c->t[k].kind == AS_TK_DASH && !c->t[k + 1].space_before && word(c, k + 1) &&
             !c->t[k + 1].cap && (tok(c, k + 1).len <= 3 || listed(tok(c, k + 1), long_particles)) &&
             c->t[k + 2].kind == AS_TK_DASH &&
             !c->t[k + 2].space_before)
        k += 2;
      if (k > j && k + 1 < c->n && !c->t[k + 1].space_before && capw(c, k + 1)) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  if (dotted_end(c, i, end)) /* `U.S. Major General Vandegrift`: the rank starts anew */
    end++;
  return end;
}

static bool adjective(const scan *c, uint32_t i);

/* Whether the words [from, to) are all adjectives, points of the compass
 * or the first halves of compound ones (`Franco-`, `Anglo-`), the last an
 * adjective. */
static bool adjectives_only(const scan *c, uint32_t from, uint32_t to) {
  static const char *const halves[] = {"Franco", "Anglo", "Italo", "Russo", "Sino", "Austro", "Greco",
                                       "Germano", "Hispano", "Luso", "Judeo", "Indo", "Afro", NULL};
  if (c->t[to - 1].kind != AS_TK_WORD || !adjective(c, to - 1))
    return false;
  for (uint32_t k = from; k + 1 < to; k++) {
    if (c->t[k].kind == AS_TK_DASH)
      continue;
    if (c->t[k].kind != AS_TK_WORD ||
        !(adjective(c, k) || among(&c->t[k], &sets.compass) || listed(tok(c, k), halves)))
      return false;
  }
  return true;
}

static bool adjective(const scan *c, uint32_t i) {
  if (among(&c->t[i], &sets.adjectives))
    return true;
  as_slice w = tok(c, i);
  /* `American`, `Mexican`, `Moroccan`: but `the Vatican` is a place */
  bool can = (as_slice_ends(w, "ican") || as_slice_ends(w, "ccan") || as_slice_ends(w, "icans")) &&
             !as_slice_eq_cstr(w, "Vatican");
  return can || as_slice_ends(w, "ian") || as_slice_ends(w, "ean") || as_slice_ends(w, "ese") ||
         as_slice_ends(w, "ish") || as_slice_ends(w, "ians") || as_slice_ends(w, "eans");
}

static as_head head_of(const as_tok *t) {
  if (among(t, &sets.occurrence_heads))
    return AS_HEAD_OCCURRENCE;
  if (among(t, &sets.act_heads))
    return AS_HEAD_ACT;
  return AS_HEAD_NONE;
}

/* The kind a head word gives, or -1. */
static int kind_of_head(const as_tok *first, const as_tok *last, as_head *head) {
  *head = head_of(last);
  if (*head == AS_HEAD_NONE && first->kw == KW_operation)
    *head = AS_HEAD_OCCURRENCE;
  if (*head != AS_HEAD_NONE)
    return AS_MENTION_EVENT;
  if (among(last, &sets.org_heads) || among(first, &sets.org_first_heads))
    return AS_MENTION_ORG;
  /* `a UNESCO World Heritage Site`: a title, not a place's name */
  if (last->kw == KW_site && last > first && last[-1].kw == KW_heritage)
    return -1;
  if (among(last, &sets.place_heads) || among(first, &sets.place_first_heads))
    return AS_MENTION_PLACE;
  /* `the Middle East`, `the Far East` */
  if (last->kw == KW_east && last != first &&
      (first->kw == KW_middle || first->kw == KW_far || first->kw == KW_near))
    return AS_MENTION_PLACE;
  return -1;
}

/* Extends a headed name over `of [the] Name` or `of 1860`; *poss is set
 * when the name ends in a possessive (`the Battle of Berlin's last days`). */
static uint32_t of_part(const scan *c, uint32_t end, bool *poss) {
  if (!kw(c, end, KW_of))
    return end;
  uint32_t j = end + 1;
  if (kw(c, j, KW_the) && capw(c, j + 1))
    j++;
  /* `the Headquarters of Admiral Karl Dönitz`, `the 3rd Battalion of Lt. Col. Fitch`: a person's */
  /* (and `the 6th Army of Walter von Reichenau`: a unit's commander by
   * his given name) */
  bool unit = end > 0 && (kw(c, end - 1, KW_army) || kw(c, end - 1, KW_corps) || kw(c, end - 1, KW_division) ||
                          kw(c, end - 1, KW_regiment) || kw(c, end - 1, KW_brigade) ||
                          kw(c, end - 1, KW_battalion) || kw(c, end - 1, KW_fleet));
  if (unit && j == end + 1 && capw(c, j) && given_name(tok(c, j)) &&
      (capw(c, j + 1) || (j + 1 < c->n && among(&c->t[j + 1], &sets.particles))))
    return end;
  if (capw(c, j) && !(c->t[j].rank && (capw(c, j + 1) || punct(c, j + 1, '.')))) {
    uint32_t e = name_words(c, j, poss);
    /* `the Battle of the Plains of Abraham`, `the Bay of Pigs`: a place
     * named by its head and what it is of */
    if (!*poss && e > j && kw(c, j - 1, KW_the) && (among(&c->t[e - 1], &sets.place_heads) || kw(c, e - 1, KW_plains)) &&
        kw(c, e, KW_of) && capw(c, e + 1) && !c->t[e + 1].rank)
      e = name_words(c, e + 1, poss);
    return e;
  }
  if (j < c->n && c->t[j].kind == AS_TK_NUM && c->t[j].digits == 4)
    return j + 1;
  return end;
}

/* The end of an event named by a head word alone and its object (at
 * `to`, of_part's end at e): `the Raid on Dieppe`, `the Attack on Convoy
 * BN 7`, `the Battle for Henderson Field`, `the Landings at Anzio`; `the
 * Fall of France` and `the Sack of Rome` only of a name (`the Fall of
 * 1943` is an autumn). */
static uint32_t event_object(const scan *c, uint32_t head, uint32_t to, uint32_t e, bool *poss) {
  const as_tok *h = &c->t[head];
  if ((h->kw == KW_fall || h->kw == KW_sack) && e > to && !capw(c, to + 1) && !(kw(c, to + 1, KW_the) && capw(c, to + 2)))
    return to;
  if (e > to)
    return e;
  bool on = kw(c, to, KW_on) && (h->kw == KW_raid || h->kw == KW_attack),
       for_ = kw(c, to, KW_for) && h->kw == KW_battle,
       at = kw(c, to, KW_at) && (h->kw == KW_landing || h->kw == KW_landings);
  if (!on && !for_ && !at)
    return e;
  uint32_t j = kw(c, to + 1, KW_the) && capw(c, to + 2) ? to + 2 : to + 1;
  if (!capw(c, j) || c->t[j].rank)
    return e;
  e = name_words(c, j, poss);
  /* `Convoy BN 7`, `Convoy PQ 17`: a code and its number */
  as_slice code = tok(c, e - 1);
  bool caps = code.len >= 2 && code.len <= 4 && !*poss;
  for (size_t k = 0; caps && k < code.len; k++)
    caps = code.ptr[k] >= 'A' && code.ptr[k] <= 'Z';
  if (caps && e < c->n && c->t[e].kind == AS_TK_NUM && c->t[e].space_before && !c->t[e].ordinal &&
      !c->t[e].decimal && c->t[e].digits <= 3 && !memchr(tok(c, e).ptr, ',', tok(c, e).len))
    e++;
  return e;
}

/* The end of a byname after a given name (at i, after it): `of Aragon`,
 * `of the Cross`, `the Great`, `the Younger`; i if there is none. */
static uint32_t byname(const scan *c, uint32_t i, bool *poss) {
  static const char *const epithets[] = {"Great", "Terrible", "Conqueror", "Bold", "Younger", "Elder", "Pious",
                                         "Wise", "Fair", "Good", "Just", "Magnificent", "Confessor", "Unready",
                                         "Fat", "Bald", "Lame", "Simple", "Navigator", "Lawgiver", "Baptist",
                                         "Apostle", "Martyr", "Red", "Black", "Cruel", "Brave", "Lion",
                                         NULL};
  if (kw(c, i, KW_the) && capw(c, i + 1) && listed(tok(c, i + 1), epithets) && !capw(c, i + 2)) {
    *poss = possessive_len(tok(c, i + 1)) > 0;
    return i + 2;
  }
  if (!kw(c, i, KW_of))
    return i;
  uint32_t j = kw(c, i + 1, KW_the) ? i + 2 : i + 1;
  if (!capw(c, j) || c->t[j].rank || head_of(&c->t[j]) != AS_HEAD_NONE)
    return i;
  uint32_t e = name_words(c, j, poss);
  as_head head;
  if (e > j + 2 || kind_of_head(&c->t[j], &c->t[e - 1], &head) >= 0)
    return i; /* `Anne of the Royal Navy`: an organisation's member */
  return e;
}

/* `RAF`, `SHAEF`, `U.S`, `AFVs`: capitals (two or more), dots and a
 * plural `s`: an abbreviation, not a person. */
static bool abbreviation(as_slice name) {
  size_t caps = 0;
  for (size_t i = 0; i < name.len; i++) {
    char c = name.ptr[i];
    if (c >= 'A' && c <= 'Z')
      caps++;
    else if (!(c == '.' || (c == 's' && i + 1 == name.len && i > 0)))
      return false;
  }
  return caps >= 2;
}

/* `IVs`, `Spitfires`: a plural, not a possessive nor a name in -ss/-us. */
static bool counted_plural(as_slice w) {
  return w.len > 2 && w.ptr[w.len - 1] == 's' && w.ptr[w.len - 2] != 's' && w.ptr[w.len - 2] != 'u' &&
         w.ptr[w.len - 2] != '\'';
}

bool as_roman_numeral(as_slice w) {
  if (!w.len || w.len > 4)
    return false;
  for (size_t i = 0; i < w.len; i++)
    if (!strchr("IVXL", w.ptr[i]))
      return false;
  return true;
}

/* An organisation named after somebody or something: an organisation's
 * head word inside the name, and no strict rank in it (`1st SS Panzer
 * Division Leibstandarte Adolf Hitler`, `Army Group Centre`; but `Army
 * General Georgy Zhukov` is a person). ORG, or -1. */
static int org_within(const scan *c, uint32_t from, uint32_t to) {
  int kind = -1;
  for (uint32_t k = from; k + 1 < to; k++) {
    if (strict_rank_at(c, k))
      return -1;
    int w = c->t[k].kw; /* buildings and jobs: `Church Knoll`, `Staff Attorney` */
    bool building = w == KW_church || w == KW_parliament || w == KW_court || w == KW_hospital ||
                    w == KW_library || w == KW_bank || w == KW_office || w == KW_staff ||
                    w == KW_union; /* and `the Union Jack`, `Union Station` */
    if (kind < 0 && c->t[k].cap && among(&c->t[k], &sets.org_heads) && !building)
      kind = AS_MENTION_ORG;
  }
  return strict_rank_at(c, to - 1) ? -1 : kind;
}

typedef struct {
  int person, place; /* evidence scores */
} votes;

/* What the words around the name [from, to) (rank from rank_from) say. */
static votes evidence_of(const scan *c, uint32_t rank_from, uint32_t from, uint32_t to, bool poss, bool *the_out) {
  votes v = {0, 0};
  if (rank_from < from)
    v.person += 3;
  uint32_t b = rank_from;
  /* `the North, who`: a name right after `the` is not a person's */
  *the_out = rank_from == from && b > 0 && kw(c, b - 1, KW_the);
  /* `the Maas and Waal`: a name joined to one after `the` */
  if (rank_from == from && b > 1 && kw(c, b - 1, KW_and)) {
    uint32_t k = b - 1;
    while (k > 0 && capw(c, k - 1))
      k--;
    *the_out = *the_out || (k < b - 1 && k > 0 && kw(c, k - 1, KW_the));
  }
  if (b > 0 && among(&c->t[b - 1], &sets.person_nouns))
    v.person += 3;
  /* `his youngest daughter, Alexandra`: the noun, a comma, the name */
  if (b > 2 && c->t[b - 1].kind == AS_TK_COMMA && among(&c->t[b - 2], &sets.kinship))
    v.person += 3; /* `He had a daughter, Maria,` */
  else if (b > 2 && c->t[b - 1].kind == AS_TK_COMMA && among(&c->t[b - 2], &sets.person_nouns))
    for (uint32_t q = b - 2; q-- > 0 && q + 7 > b;)
      /* (`the Portuguese consul-general, Aristides de Sousa Mendes,
       * issued`: after `the`, an apposition closed by a comma too) */
      if (kw(c, q, KW_his) || kw(c, q, KW_her) || kw(c, q, KW_their) ||
          (kw(c, q, KW_the) && to < c->n && c->t[to].kind == AS_TK_COMMA)) {
        v.person += 3;
        break;
      }
  /* `Rommel signalled to Hitler`: to a person, not a place */
  bool told = b > 1 && kw(c, b - 1, KW_to) && among(&c->t[b - 2], &sets.telling_verbs);
  /* `According to Krivosheev, the Front lost`: a source, who is no place
   * (`according to Kikuyu custom` is none) */
  bool source = b > 1 && kw(c, b - 1, KW_to) && kw(c, b - 2, KW_according) &&
                (to == c->n || c->t[to].kind == AS_TK_COMMA || punct(c, to, ')'));
  if (source)
    v.person += 2;
  else if (told)
    v.person += 2;
  else if (b > 0 && among(&c->t[b - 1], &sets.place_preps) && !poss)
    v.place += 1;
  /* `towards Cuzco and Ayacucho`, `for Buenos Aires and later Europe` */
  if (b > 1 && (kw(c, b - 1, KW_and) || kw(c, b - 1, KW_or) || (kw(c, b - 1, KW_later) && kw(c, b - 2, KW_and)))) {
    uint32_t k = kw(c, b - 1, KW_later) ? b - 2 : b - 1;
    while (k > 0 && (capw(c, k - 1) || (c->t[k - 1].kind == AS_TK_WORD && among(&c->t[k - 1], &sets.particles))))
      k--;
    if (k < b - 1 && k > 0 && (among(&c->t[k - 1], &sets.place_preps) || kw(c, k - 1, KW_for)))
      v.place += 1;
  }
  /* `married Eva Braun` */
  if (b > 0 && (kw(c, b - 1, KW_married) || kw(c, b - 1, KW_marrying) || kw(c, b - 1, KW_divorced)))
    v.person += 2;
  /* `appointed Miguel Iglesias as`, `proclaiming Cáceres as` */
  if (b > 0 && (kw(c, b - 1, KW_appointed) || kw(c, b - 1, KW_proclaiming) || kw(c, b - 1, KW_proclaimed) ||
                kw(c, b - 1, KW_appointing) || kw(c, b - 1, KW_named) || kw(c, b - 1, KW_elected) ||
                kw(c, b - 1, KW_elect)) &&
      (kw(c, to, KW_as) || (to < c->n && strict_rank_at(c, to)) ||
       (to + 1 < c->n && c->t[to].cap && strict_rank_at(c, to + 1))))
    v.person += 3;
  /* `left Arequipa for Puno`, `embarked for Europe` */
  if (b > 1 && kw(c, b - 1, KW_for))
    for (uint32_t k = b - 1; k > 0 && k + 5 > b; k--)
      if (kw(c, k - 1, KW_left) || kw(c, k - 1, KW_embarked) || kw(c, k - 1, KW_departed) ||
          kw(c, k - 1, KW_sailed) || kw(c, k - 1, KW_headed) || kw(c, k - 1, KW_bound)) {
        v.place += 2;
        break;
      }
  if (b > 1 && kw(c, b - 1, KW_of) && among(&c->t[b - 2], &sets.place_nouns))
    v.place += 3;
  /* `José Zorrilla, author of Don Juan Tenorio,`: a work, nobody */
  if (b > 1 && kw(c, b - 1, KW_of) &&
      (kw(c, b - 2, KW_author) || kw(c, b - 2, KW_composer) || kw(c, b - 2, KW_librettist)))
    v.person -= 6;
  /* `a native of Hiroshima` */
  if (b > 2 && kw(c, b - 1, KW_of) && kw(c, b - 2, KW_native) && kw(c, b - 3, KW_a))
    v.place += 3;
  if (b > 1 && kw(c, b - 1, KW_of) && among(&c->t[b - 2], &sets.compass) && !c->t[b - 2].cap)
    v.place += 2;
  if (poss) {
    uint32_t k = to;
    if (punct(c, k, '\''))
      k++;
    if (k < c->n && among(&c->t[k], &sets.person_possessions))
      v.person += 2;
    /* `Edson's 830 Marines` */
    if (k + 1 < c->n && c->t[k].kind == AS_TK_NUM && c->t[k + 1].kind == AS_TK_WORD &&
        as_is_count_noun(as_tok_text(c->text, &c->t[k + 1])))
      v.person += 2;
    /* `Gordov's 3rd Guards Army`, `Montgomery's British 21st Army Group`:
     * somebody's unit */
    uint32_t u = k < c->n && c->t[k].kind == AS_TK_WORD && c->t[k].cap && adjective(c, k) ? k + 1 : k;
    if (u + 1 < c->n && c->t[u].kind == AS_TK_NUM && c->t[u].ordinal && capw(c, u + 1))
      v.person += 2;
    /* `Lizardo Montero's Cry of Montán`: somebody's act */
    if (capw(c, k) && head_of(&c->t[k]) == AS_HEAD_ACT && kw(c, k + 1, KW_of))
      v.person += 2;
    return v;
  }
  /* `headed by Pedro Mas`, `under the command of Pachas` */
  if (b > 1 && kw(c, b - 1, KW_by) &&
      (kw(c, b - 2, KW_headed) || kw(c, b - 2, KW_led) || kw(c, b - 2, KW_supported) ||
       kw(c, b - 2, KW_commanded) || kw(c, b - 2, KW_written) || kw(c, b - 2, KW_founded) ||
       kw(c, b - 2, KW_appointed) || kw(c, b - 2, KW_advised) || kw(c, b - 2, KW_ordered)))
    v.person += 2;
  if (b > 2 && kw(c, b - 1, KW_of) && kw(c, b - 2, KW_command))
    v.person += 2;
  uint32_t k = to;
  if (k < c->n && c->t[k].kind == AS_TK_COMMA) {
    /* `the naval attache in Stockholm, who`: after `in`, `at`, `near`,
     * `who` is about someone named before */
    bool located = b > 0 && (kw(c, b - 1, KW_in) || kw(c, b - 1, KW_at) || kw(c, b - 1, KW_near) ||
                             kw(c, b - 1, KW_on) ||
                             kw(c, b - 1, KW_into) || kw(c, b - 1, KW_inside) || kw(c, b - 1, KW_outside));
    if (kw(c, k + 1, KW_who) && !located)
      v.person += 3;
    /* `Lahtela, born on 4 June 1866 in Loimaa, died` */
    if (kw(c, k + 1, KW_born) && !located)
      v.person += 3;
    /* `Isaac P. Christiancy, Minister Plenipotentiary to Peru` */
    if (strict_rank_at(c, k + 1))
      v.person += 2;
    /* `Charles V, Holy Roman Emperor and King of Spain, was born`,
     * `Smith, then mayor, visited`: a title in the apposition of a name
     * that opens its clause */
    else if (b == 0 || (b >= 2 && c->t[b - 1].kind == AS_TK_COMMA && !capw(c, b - 2)))
      for (uint32_t q = k + 1; q < c->n && q < k + 6 && c->t[q].kind == AS_TK_WORD &&
                               (c->t[q].cap || kw(c, q, KW_then) || kw(c, q, KW_later) || kw(c, q, KW_future));
           q++)
        if ((c->t[q].rank && !kw(c, q, KW_general)) || (!c->t[q].cap && among(&c->t[q], &sets.person_nouns))) {
          if (q + 1 < c->n && (c->t[q + 1].kind == AS_TK_COMMA || kw(c, q + 1, KW_and) || kw(c, q + 1, KW_of)))
            v.person += 2;
          break;
        }
    if (kw(c, k + 1, KW_a) || kw(c, k + 1, KW_an) || kw(c, k + 1, KW_the)) {
      /* `Aristides de Sousa Mendes, the Portuguese consul, who died`: a
       * person's noun ends the apposition a who follows, wherever the
       * name stands */
      for (uint32_t q = k + 2; q < c->n && q < k + 6 && c->t[q].kind == AS_TK_WORD; q++)
        if (!c->t[q].cap && among(&c->t[q], &sets.person_nouns) && q + 2 < c->n &&
            c->t[q + 1].kind == AS_TK_COMMA && kw(c, q + 2, KW_who) && !located) {
          v.person += 3;
          break;
        }
      if (k + 2 < c->n && among(&c->t[k + 2], &sets.place_nouns))
        v.place += 2;
      /* `Hermano Miguel, a teacher, was born`, `X, a local schoolteacher
       * and poet,`: an apposition of a person's noun (not `the host
       * city`, `the general area`) */
      /* (the name opening its clause: not `born in County Wicklow, the
       * third son of`, `from Narvik, the king ... sailed`, `in Portsea,
       * Portsmouth, the son of`) */
      else if (b == 0 || (b >= 2 && c->t[b - 1].kind == AS_TK_COMMA && !capw(c, b - 2)))
        for (uint32_t q = k + 2; q < c->n && q < k + 5 && c->t[q].kind == AS_TK_WORD && !c->t[q].cap; q++) {
          if (among(&c->t[q], &sets.place_nouns))
            break;
          if (among(&c->t[q], &sets.person_nouns) && !kw(c, q, KW_host) && !kw(c, q, KW_general)) {
            if (q + 1 < c->n && c->t[q + 1].kind == AS_TK_WORD && !c->t[q + 1].cap &&
                !kw(c, q + 1, KW_and) && !kw(c, q + 1, KW_of) && !kw(c, q + 1, KW_who) && !kw(c, q + 1, KW_to) &&
                !kw(c, q + 1, KW_at) && !kw(c, q + 1, KW_in) && !kw(c, q + 1, KW_from) && !kw(c, q + 1, KW_for))
              continue; /* `the teacher training college`: a noun's modifier */
            v.person += 2;
            break;
          }
        }
    }
    return v;
  }
  if (kw(c, k, KW_himself) || kw(c, k, KW_herself))
    v.person += 3;
  /* `Julia Kristeva (born 24 June 1941)` */
  if (punct(c, k, '(')) {
    uint32_t q = k + 1;
    while (q < c->n && q < k + 8 && !kw(c, q, KW_born) && !punct(c, q, ')'))
      q++;
    if (kw(c, q, KW_born))
      v.person += 3;
    /* `Chester Nimitz (February 24, 1885 – February 20, 1966)`: two days
     * and a dash, the span of a life (a battle's head word wins anyway) */
    int months_seen = 0;
    bool dash = false;
    for (q = k + 1; q < c->n && q < k + 14 && c->taken[q]; q++) {
      months_seen += among(&c->t[q], &sets.months);
      dash = dash || c->t[q].kind == AS_TK_DASH;
    }
    if (punct(c, q, ')') && dash && months_seen == 2)
      v.person += 3;
    /* `the traveller Ibn Battuta (1304–1369), who passed`: a who after
     * the years in brackets */
    if (punct(c, q, ')') && dash && q + 2 < c->n && c->t[q + 1].kind == AS_TK_COMMA && kw(c, q + 2, KW_who))
      v.person += 3;
  }
  /* `Gilbert is an American author`, `Buxtehude was organist of St
   * Mary's` (not `Lübeck was host to`) */
  if ((kw(c, k, KW_is) || kw(c, k, KW_was)) && (kw(c, k + 1, KW_a) || kw(c, k + 1, KW_an) || kw(c, k + 1, KW_the) ||
                                                (k + 1 < c->n && among(&c->t[k + 1], &sets.person_nouns) && !kw(c, k + 1, KW_host) &&
                                                 !kw(c, k + 1, KW_general) &&
                                                 (kw(c, k + 2, KW_of) || kw(c, k + 2, KW_at) || kw(c, k + 2, KW_until) ||
                                                  kw(c, k + 2, KW_from) || kw(c, k + 2, KW_in)))))
    for (uint32_t q = k + 1; q < c->n && q < k + 5; q++)
      if (among(&c->t[q], &sets.person_nouns)) {
        v.person += 2;
        break;
      }
  /* `Potosí is a city in Bolivia`, `Zeila was an ancient port town`: a
   * place's noun, the head of the phrase (not `the city's mayor`) */
  if ((kw(c, k, KW_is) || kw(c, k, KW_was)) && (kw(c, k + 1, KW_a) || kw(c, k + 1, KW_an)) &&
      (b == 0 || c->t[b - 1].kind == AS_TK_COMMA)) {
    /* (the head: the last word before a preposition or the phrase's
     * end; not `a state senator`; a name opening its clause, not a run
     * of two: `Before the arrival of Europeans Nagasaki was`) */
    uint32_t q = k + 2;
    while (q + 1 < c->n && q < k + 6 && c->t[q + 1].kind == AS_TK_WORD && !c->t[q + 1].cap &&
           !kw(c, q + 1, KW_in) && !kw(c, q + 1, KW_of) && !kw(c, q + 1, KW_on) && !kw(c, q + 1, KW_and) &&
           !kw(c, q + 1, KW_near) && !kw(c, q + 1, KW_at) && !kw(c, q + 1, KW_that) &&
           !kw(c, q + 1, KW_which) && !kw(c, q + 1, KW_with))
      q++;
    if (q < c->n && c->t[q].kind == AS_TK_WORD && !c->t[q].cap && among(&c->t[q], &sets.place_nouns) &&
        possessive_len(tok(c, q)) == 0)
      v.place += 2;
  }
  /* the verb, past adverbs and auxiliaries (`Hitler had already decided`),
   * and past a second name joined by `and` (`Hitler and Braun committed`) */
  uint32_t verb = k;
  if (kw(c, verb, KW_and) && capw(c, verb + 1)) {
    uint32_t q = verb + 1;
    while (q < c->n && q < verb + 4 && capw(c, q))
      q++;
    verb = q;
  }
  /* `Iwabuchi and his staff committed suicide`: a person's own */
  if (kw(c, k, KW_and) && (kw(c, k + 1, KW_his) || kw(c, k + 1, KW_her)) && k + 2 < c->n &&
      c->t[k + 2].kind == AS_TK_WORD && !c->t[k + 2].cap)
    verb = k + 3;
  uint32_t past = verb;
  while (verb < c->n && verb < past + 3 &&
         (among(&c->t[verb], &sets.adverbs) || among(&c->t[verb], &sets.auxiliaries)))
    verb++;
  /* `took his own life`, `killed himself`: a person's death; not `served
   * as the capital`, `New Archangel became the capital of Russian
   * America`: a place's */
  bool thing = (kw(c, verb, KW_served) && kw(c, verb + 1, KW_as) && as_serves_as_thing(c->t, c->n, verb + 2)) ||
               (kw(c, verb, KW_became) &&
                (kw(c, verb + 1, KW_the) || kw(c, verb + 1, KW_a) || kw(c, verb + 1, KW_an)) &&
                as_serves_as_thing(c->t, c->n, verb + 1));
  if (thing && kw(c, verb, KW_became) &&
      ((verb + 2 < c->n && among(&c->t[verb + 2], &sets.place_nouns)) ||
       (verb + 3 < c->n && among(&c->t[verb + 3], &sets.place_nouns) && !kw(c, verb + 2, KW_of))))
    v.place += 2;
  if (verb < c->n && ((among(&c->t[verb], &sets.person_verbs) && !thing) ||
                      (kw(c, verb, KW_committed) && kw(c, verb + 1, KW_suicide)) ||
                      ((kw(c, verb, KW_took) || kw(c, verb, KW_taken)) && kw(c, verb + 2, KW_own) &&
                       (kw(c, verb + 3, KW_life) || kw(c, verb + 3, KW_lives))) ||
                      (kw(c, verb + 1, KW_himself) || kw(c, verb + 1, KW_herself)) ||
                      /* `fell in action`, `fell at the Battle of Lützen` */
                      (kw(c, verb, KW_fell) && (kw(c, verb + 1, KW_in) || kw(c, verb + 1, KW_at)) &&
                       (kw(c, verb + 2, KW_action) || kw(c, verb + 2, KW_battle) ||
                        (kw(c, verb + 2, KW_the) && kw(c, verb + 3, KW_battle)))) ||
                      /* `and Isidore succeeded him` */
                      (kw(c, verb, KW_succeeded) && (kw(c, verb + 1, KW_him) || kw(c, verb + 1, KW_her))) ||
                      (verb == k + 3 && kw(c, verb + 1, KW_themselves))))
    v.person += 2;
  while (k < c->n && among(&c->t[k], &sets.adverbs))
    k++;
  /* `Cáceres had established himself` */
  if ((kw(c, k, KW_had) || kw(c, k, KW_has)) && (kw(c, k + 2, KW_himself) || kw(c, k + 2, KW_herself)))
    v.person += 3;
  if ((kw(c, k, KW_was) || kw(c, k, KW_had)) && k + 1 < c->n) {
    uint32_t q = k + 1;
    while (q < c->n && q < k + 3 && among(&c->t[q], &sets.adverbs))
      q++;
    if (kw(c, q, KW_been))
      q++;
    /* `was shot and killed`, `was captured and executed`, `was shot dead` */
    if (q + 2 < c->n && c->t[q].kind == AS_TK_WORD && !c->t[q].cap && kw(c, q + 1, KW_and) &&
        among(&c->t[q + 2], &sets.person_passives))
      q += 2;
    /* (not `was declared secure`, `was declared a national park`: a
     * thing's state; but `was declared king`, `was declared dead`) */
    bool state = kw(c, q, KW_declared) && q + 1 < c->n && c->t[q + 1].kind == AS_TK_WORD && !c->t[q + 1].cap &&
                 !kw(c, q + 1, KW_dead) && !kw(c, q + 1, KW_missing) && !kw(c, q + 1, KW_insane) &&
                 !kw(c, q + 1, KW_guilty) && !kw(c, q + 1, KW_bankrupt) && !kw(c, q + 1, KW_by) &&
                 !kw(c, q + 1, KW_to) && !kw(c, q + 1, KW_as);
    /* (`was declared a saint`, `emperor`: a person's title) */
    for (uint32_t j = q + 1; state && j < c->n && j < q + 5 && c->t[j].kind == AS_TK_WORD; j++)
      state = !among(&c->t[j], &sets.person_nouns) && !kw(c, j, KW_saint) && !kw(c, j, KW_hero);
    if ((q < c->n && among(&c->t[q], &sets.person_passives) && !state) || (kw(c, q, KW_shot) && kw(c, q + 1, KW_dead)))
      v.person += 2;
  }
  return v;
}

static votes evidence(const scan *c, uint32_t rank_from, uint32_t from, uint32_t to, bool poss) {
  bool the = false;
  votes v = evidence_of(c, rank_from, from, to, poss, &the);
  if (the)
    v.person = 0;
  return v;
}

/* The text of the name [from, to), without its possessive ending. */
static as_slice name_text(const scan *c, uint32_t from, uint32_t to, bool poss) {
  size_t b = c->t[from].start, e = c->t[to - 1].end;
  size_t pl = possessive_len(tok(c, to - 1));
  if (poss && pl)
    e = c->t[to - 1].start + pl;
  return as_slice_make(c->text.ptr + b, e - b);
}

/* Adds a name span [from, to) with its rank and its sentence's evidence. */
static as_span *add_name(scan *c, uint32_t rank_from, uint32_t from, uint32_t to, bool poss, int kind,
                         as_head head) {
  as_span *sp = as_sent_add_span(c->p, c->s, AS_MENTION_PERSON, from, to);
  sp->is_name = true;
  sp->rank_from = rank_from;
  sp->possessive = poss;
  sp->head = head;
  sp->vote = kind;
  sp->name = name_text(c, from, to, poss);
  if (kind < 0) {
    votes v = evidence(c, rank_from, from, to, poss);
    sp->person_votes = v.person;
    sp->place_votes = v.place;
  }
  return sp;
}

/* Records the name [from, to) as a ship's, for the whole article. */
static void add_ship(scan *c, uint32_t from, uint32_t to, bool poss) {
  as_prose *p = c->p;
  p->ships = as_xgrow(p->ships, &p->ships_cap, p->nships + 1, sizeof *p->ships);
  p->ships[p->nships++] = name_text(c, from, to, poss);
}

/* A ship's name from i (`Hood`, `Prinz Eugen`, `Prince of Wales`): kept in
 * the article's list of ships, so that its other forms are no person or
 * place; returns its end. */
static uint32_t ship_name(scan *c, uint32_t i) {
  bool poss;
  uint32_t to = name_words(c, i, &poss);
  while (!poss && to > i && kw(c, to, KW_of) && capw(c, to + 1))
    to = name_words(c, to + 1, &poss);
  if (to <= i)
    return i;
  add_ship(c, i, to, poss);
  return to;
}

/* The end of a ship's name at i with what follows it in a list: a
 * bracket (`Mikuma (sunk; 700 casualties)`) and the separator before the
 * next name (`, `, `and`, `, and`), or e when no name of the list follows. */
static uint32_t ship_next(const scan *c, uint32_t e) {
  if (punct(c, e, '(')) {
    uint32_t q = e + 1;
    while (q < c->n && q < e + 16 && !punct(c, q, ')'))
      q++;
    if (!punct(c, q, ')'))
      return e;
    e = q + 1;
  }
  uint32_t k = e;
  if (k < c->n && c->t[k].kind == AS_TK_COMMA)
    k++;
  if (kw(c, k, KW_and))
    k++;
  return k > e && capw(c, k) ? k : e;
}

/* True if the names after a plural vessel noun at i are a list of ships'
 * (`the destroyers Pantera and Tigre`), not a clause's subject (`the
 * destroyers Yamamoto had sent`). */
static bool ship_list(const scan *c, uint32_t i) {
  bool poss;
  uint32_t e = name_words(c, i, &poss);
  return e > i && !poss && ship_next(c, e) > e;
}

/* The ships' names of a list from i; returns its end. */
static uint32_t ship_names(scan *c, uint32_t i) {
  uint32_t e = ship_name(c, i);
  for (uint32_t k; e > i && (k = ship_next(c, e)) > e;) {
    bool poss;
    if (name_words(c, k, &poss) > k && poss)
      break; /* `Atago, Kurita's flagship, and Maya`: whose ship it was */
    i = k;
    e = ship_name(c, k);
  }
  return e > i ? e : i + 1;
}

/* Ship prefixes (`HMS Hood`, `USS Enterprise`, `HSwMS Gotland`): the name
 * after one is a ship's. Not `SS`, which is also the Nazi organisation. */
static bool ship_prefix(as_slice w) {
  /* two to five letters, capitals but for HNoMS and HSwMS: most words are told apart here */
  if (w.len < 2 || w.len > 5 || (unsigned)(w.ptr[0] - 'A') >= 26u || w.ptr[w.len - 1] < 'A' ||
      w.ptr[w.len - 1] > 'Z')
    return false;
  static const char *const prefixes[] = {"HMS",   "HMAS",  "HMCS", "HMNZS", "HMIS", "HMT",  "HMY", "USS",
                                         "USNS",  "USCGC", "SMS",  "HNLMS", "HNoMS", "HDMS", "HSwMS", "HSWMS",
                                         "ORP",   "RMS",   "MV",   "ARA",   "BAP",  "KRI",  "TCG", "ROKS",
                                         "HTMS",  "NRP",   "INS",  "KMS",   "HMHS"};
  for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
    if (as_slice_eq_cstr(w, prefixes[k]))
      return true;
  return false;
}

/* `SS` at i names a ship (`A Liberty ship, the SS Harriet Tubman`, a
 * steamship) when a vessel is named just before it and a name that is no
 * rank follows it; else it is the Nazi organisation (`SS General Paul
 * Hausser`, `the 17th SS Panzergrenadier Division`). */
static bool ss_ship(const scan *c, uint32_t i) {
  if (!as_slice_eq_cstr(tok(c, i), "SS") || !capw(c, i + 1) || c->t[i + 1].rank)
    return false;
  for (uint32_t k = i; k > 0 && i - k < 4; k--)
    if (among(&c->t[k - 1], &sets.vessel_nouns))
      return true;
  return false;
}

/* One run starting at i; returns where scanning goes on. */
/* A unit's number after its head word at i: a plain number of at most
 * three digits, not what counts the words after it (`Division 2 carriers`). */
static bool unit_number(const scan *c, uint32_t i) {
  if (i >= c->n || c->t[i].kind != AS_TK_NUM || !c->t[i].space_before || c->t[i].ordinal || c->t[i].decimal ||
      c->t[i].digits > 3 || c->taken[i] || i == 0 || !among(&c->t[i - 1], &sets.org_heads))
    return false;
  as_slice n = tok(c, i);
  for (size_t k = 0; k < n.len; k++)
    if (n.ptr[k] == ',')
      return false; /* `the 2nd New Zealand Division 1,600 men` */
  if (i + 1 < c->n && c->t[i + 1].kind == AS_TK_WORD && !c->t[i + 1].cap &&
      (as_is_count_noun(tok(c, i + 1)) || (counted_plural(tok(c, i + 1)) && !kw(c, i + 1, KW_was) &&
                                           !kw(c, i + 1, KW_has) && !kw(c, i + 1, KW_its) &&
                                           !kw(c, i + 1, KW_this) && !kw(c, i + 1, KW_his))))
    return false; /* `Division 2 carriers`, `Occupation Force 500 nmi` */
  return true;
}

/* `Disregarding Lindemann's advice`, `Leaving Hitler`: a verb's -ing form
 * opening the sentence before a name is no part of it (but `Epping
 * Forest` is a place's name). */
static bool sentence_adverb(as_slice w) {
  static const char *const ends[] = {"ally", "ively", "ately", "ently",
                                      "ously", "arly",  "ntly",  "ily"};
  for (size_t i = 0; w.len >= 7 && i < sizeof ends / sizeof *ends; i++)
    if (as_slice_ends(w, ends[i]))
      return true;
  return false;
}

/* `Surrounded, Mason told`, `Wounded, he`: a participle opening the
 * sentence; not `Winifred,` or `Mohammed,` (given names). */
static bool opening_participle(as_slice w) {
  return w.len >= 6 && as_slice_ends(w, "ed") && !given_name(w);
}

static bool gerund_before_name(const scan *c, uint32_t from, uint32_t to) {
  as_slice w = tok(c, from);
  if (to - from < 2 || w.len < 6 || !as_slice_ends(w, "ing"))
    return false;
  /* `Sitting Bull died`: the article's title is a name */
  as_slice run = as_slice_make(c->text.ptr + c->t[from].start, c->t[to - 1].end - c->t[from].start);
  as_slice title = as_title_before(c->p->a->title, "(");
  if (run.len <= title.len && memcmp(run.ptr, title.ptr, run.len) == 0 &&
      (run.len == title.len || title.ptr[run.len] == ' '))
    return false;
  const as_tok *last = &c->t[to - 1];
  return head_of(last) == AS_HEAD_NONE && !among(last, &sets.org_heads) &&
         !among(last, &sets.place_heads);
}

/* An ordinal number right before the word at i (after a space, or
 * opening a bracket or a quotation: `(6th Parachute Regiment)`). */
static bool numbered_at(const scan *c, uint32_t i) {
  if (i == 0 || c->t[i - 1].kind != AS_TK_NUM || !c->t[i - 1].ordinal)
    return false;
  return c->t[i - 1].space_before || i == 1 || punct(c, i - 2, '(') || punct(c, i - 2, '"');
}

/* Whether the words [from, to) are all `SS`. */
static bool ss_only(const scan *c, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; k++)
    if (!as_slice_eq_cstr(tok(c, k), "SS"))
      return false;
  return true;
}

/* The singular of a unit's plural head (`Battalions`, `Armies`; `Corps`
 * has none), in b. */
static void singular_head(as_slice w, as_strbuf *b) {
  if (as_slice_ends(w, "ies"))
    as_strbuf_append(b, w.ptr, w.len - 3), as_strbuf_putc(b, 'y');
  else if (w.len > 1 && w.ptr[w.len - 1] == 's' && w.ptr[w.len - 2] != 's' && !as_slice_ends(w, "rps"))
    as_strbuf_append(b, w.ptr, w.len - 1);
  else
    as_strbuf_put_slice(b, w);
}

/* `the 1st and 3rd Parachute Battalions`, `the 1st, 5th and 48th
 * Divisions`: the ordinals listed before a numbered unit in the plural
 * name units of their own, `1st Parachute Battalion`; the unit named whole
 * gets the singular too (`3rd Parachute Battalion`). */
static void coordinated_units(scan *c, uint32_t from, uint32_t to) {
  uint32_t unit = c->s->nspans - 1; /* its span: adding spans may move it */
  const as_tok *head = &c->t[to - 1];
  if (to - from < 2 || head->kind != AS_TK_WORD)
    return;
  as_slice hw = tok(c, to - 1);
  if (!(hw.len > 1 && hw.ptr[hw.len - 1] == 's') || as_slice_ends(hw, "rps"))
    return; /* not a plural: `the 1st and 3rd Parachute Battalion` is somebody else's list */
  /* the ordinals before: `N, N and|or` back from from */
  uint32_t first = from;
  bool joined = false;
  while (first >= 2) {
    uint32_t k = first - 1;
    bool conj = kw(c, k, KW_and) || kw(c, k, KW_or);
    if (!conj && c->t[k].kind != AS_TK_COMMA)
      break;
    if (conj && !joined && k > 0 && c->t[k - 1].kind == AS_TK_COMMA)
      k--; /* `1st, 5th, and 48th` */
    if (!conj && !joined)
      break; /* the one right before the unit is joined by `and` */
    if (k == 0 || c->t[k - 1].kind != AS_TK_NUM || !c->t[k - 1].ordinal || c->taken[k - 1])
      break;
    joined = true;
    first = k - 1;
  }
  if (first == from)
    return;
  as_strbuf b = AS_STRBUF_INIT;
  size_t rest = c->t[from + 1].start;
  as_slice middle = as_slice_make(c->text.ptr + rest, c->t[to - 1].start - rest);
  for (uint32_t k = first; k <= from; k++) {
    if (c->t[k].kind != AS_TK_NUM)
      continue;
    as_strbuf_clear(&b);
    as_strbuf_put_slice(&b, tok(c, k));
    as_strbuf_putc(&b, ' ');
    as_strbuf_put_slice(&b, middle);
    singular_head(hw, &b);
    as_span *u = k == from ? &c->s->spans[unit] : add_name(c, k, k, k + 1, false, AS_MENTION_ORG, AS_HEAD_NONE);
    u->full = as_arena_slice(c->p->arena, as_strbuf_slice(&b));
  }
  as_strbuf_free(&b);
}

/* Titles of the peerage, which name their holder by a place (`Duke of
 * Wellington`). */
static bool peerage_word(as_slice w) {
  return as_slice_eq_cstr(w, "Duke") || as_slice_eq_cstr(w, "Duchess") || as_slice_eq_cstr(w, "Earl") ||
         as_slice_eq_cstr(w, "Marquess") || as_slice_eq_cstr(w, "Marquis") || as_slice_eq_cstr(w, "Countess");
}

static const char *const party_prefixes[] = {"Social", "Christian", "National", "Liberal", NULL};
static const char *const party_members[] = {"Democrat", "Republican", "Conservative", "Liberal", "Socialist",
                                            "Communist", "Federalist", "Whig", "Tory", "Nationalist", NULL};

/* A faith's or a doctrine's name: no person, place or organisation. */
static bool doctrine(as_slice w) {
  static const char *const faiths[] = {"Islam", "Christianity", "Orthodoxy", "Shinto", "Christendom", NULL};
  return (w.len >= 6 && as_slice_ends(w, "ism")) || listed(w, faiths);
}

/* Whether the run [from, to), after a sentence's opening preposition,
 * ends on a word of the article's title (`Sun`, `Weber`) that a verb in
 * the past follows: the title's person after a place. */
static bool subject_after_place(const scan *c, uint32_t from, uint32_t to) {
  if (to - from < 2 || !(kw(c, from - 1, KW_in) || kw(c, from - 1, KW_at) || kw(c, from - 1, KW_from)) ||
      to >= c->n || !word(c, to) || c->t[to].cap ||
      !(among(&c->t[to], &sets.person_verbs) || as_slice_ends(tok(c, to), "ed") || kw(c, to, KW_met) ||
        kw(c, to, KW_was) || kw(c, to, KW_had)))
    return false;
  as_slice last = tok(c, to - 1), title = c->p->a->title;
  if (last.len < 3)
    return false;
  for (size_t k = 0; k + last.len <= title.len; k++)
    if ((k == 0 || title.ptr[k - 1] == ' ') && memcmp(title.ptr + k, last.ptr, last.len) == 0 &&
        (k + last.len == title.len || title.ptr[k + last.len] == ' ' || title.ptr[k + last.len] == '('))
      return true;
  return false;
}

/* `the Elder`, `the Younger`, `the Minor` after a name of two words:
 * which of two namesakes (`Sitting Bull the Minor`), maybe possessive. */
static bool generation_epithet(as_slice w) {
  static const char *const words[] = {"Elder", "Younger", "Minor", NULL};
  size_t n = possessive_len(w);
  as_slice bare = n ? as_slice_make(w.ptr, n) : w;
  for (int k = 0; words[k]; k++)
    if (as_slice_eq_cstr(bare, words[k]))
      return true;
  return false;
}

static uint32_t scan_run(scan *c, uint32_t i) {
  uint32_t rank_from = i;
  /* `the Social Democrat Tyyne Lahtela`, `the Republican John Smith`: a
   * party before a name of two words (not `the Republican National
   * Committee`) */
  if (i > 0 && kw(c, i - 1, KW_the) && word(c, i) && c->t[i].cap) {
    uint32_t k = i;
    if (listed(tok(c, k), party_prefixes))
      k++;
    if (k < c->n && word(c, k) && listed(tok(c, k), party_members) && capw(c, k + 1) && capw(c, k + 2) &&
        !capw(c, k + 3) && !possessive_len(tok(c, k + 2)) && head_of(&c->t[k + 2]) == AS_HEAD_NONE &&
        !among(&c->t[k + 2], &sets.org_heads) && !among(&c->t[k + 2], &sets.place_heads))
      i = k + 1;
  }
  /* `the German Johann Ludwig Krapf`, `The Cossack Yemelyan Pugachev`: a
   * nationality before a given name is no part of the name (not `the
   * German High Command`) */
  uint32_t nat = kw(c, i, KW_the) ? i + 1 : i;
  if (nat > 0 && kw(c, nat - 1, KW_the) && word(c, nat) && c->t[nat].cap && as_is_nationality_word(tok(c, nat)) &&
      capw(c, nat + 1) && capw(c, nat + 2) && !possessive_len(tok(c, nat + 1)) && given_name(tok(c, nat + 1)) &&
      !among(&c->t[nat + 2], &sets.org_heads) && !among(&c->t[nat + 2], &sets.place_heads))
    i = nat + 1;
  /* `First Lieutenant Adam Stone`, `Second Lieutenant`, `First Sergeant` */
  if ((as_slice_eq_cstr(tok(c, i), "First") || as_slice_eq_cstr(tok(c, i), "Second")) && rank_at(c, i + 1) &&
      (as_slice_eq_cstr(tok(c, i + 1), "Lieutenant") || as_slice_eq_cstr(tok(c, i + 1), "Sergeant")) &&
      capw(c, i + 2))
    i++;
  /* ranks and titles, lower-case ones too when a name follows */
  while (rank_at(c, i) || (punct(c, i, '.') && i > rank_from && !c->t[i].space_before) ||
         (i > rank_from && (kw(c, i, KW_zur) || kw(c, i, KW_zum)) && rank_at(c, i + 1))) {
    i++;
    if (c->t[i - 1].kind == AS_TK_DASH)
      break;
    /* `General der Panzertruppe Georg Stumme`, `General der Flieger Kurt
     * Student`: the arm of service is the rank's */
    if (as_slice_eq_cstr(tok(c, i - 1), "General") && kw(c, i, KW_der) && capw(c, i + 1) && capw(c, i + 2))
      i += 2;
    /* `Private First Class Harold Gonsalves` */
    if (as_slice_eq_cstr(tok(c, i - 1), "Private") && as_slice_eq_cstr(tok(c, i), "First") &&
        as_slice_eq_cstr(tok(c, i + 1), "Class") && capw(c, i + 2))
      i += 2;
  }
  /* `the Sea Commander Normandy`, `Commander-in-Chief West`: a command's
   * area after its office (a place; a quarter of the compass is none),
   * not a name after a rank */
  if (i > rank_from && capw(c, i)) {
    bool command = false;
    for (uint32_t k = rank_from; k < i; k++)
      command = command || as_slice_eq_cstr(tok(c, k), "Commander") || as_slice_eq_cstr(tok(c, k), "Chief");
    uint32_t b = rank_from > 1 && capw(c, rank_from - 1) ? rank_from - 1 : rank_from;
    if (command && among(&c->t[i], &sets.compass) && !capw(c, i + 1))
      return i + 1;
    if (command && b > 0 && kw(c, b - 1, KW_the)) {
      bool poss;
      uint32_t e = name_words(c, i, &poss);
      add_name(c, i, i, e, poss, AS_MENTION_PLACE, AS_HEAD_NONE);
      return e;
    }
  }
  /* `Group North`, `Air Defence Platform`: words that make a rank only
   * with a rank word after them (`Group Captain`) are part of the name
   * (but `Chief`, as in `Commander-in-Chief Middle East`, and `SS`) */
  bool modifiers = i > rank_from;
  for (uint32_t k = rank_from; k < i && modifiers; k++)
    modifiers = punct(c, k, '.') || (as_is_rank_modifier(tok(c, k)) && !as_slice_eq_cstr(tok(c, k), "Chief") &&
                                     !as_slice_eq_cstr(tok(c, k), "SS"));
  if (modifiers && capw(c, rank_from))
    i = rank_from;
  if (i > rank_from && !capw(c, i)) {
    /* a rank with no name: `President of the Republic`, `sent Colonel to`,
     * `Prince of Wales`; but an organisation it is of is named
     * (`Chairman of the Police Watch Committee`) */
    if (kw(c, i, KW_of)) {
      bool poss;
      /* `Secretary of War Henry L. Stimson`, `Secretary of the Navy Frank
       * Knox`, `Minister of Foreign Affairs Vyacheslav Molotov`: an office
       * of one or two words, then a name that opens on a given name */
      uint32_t o = kw(c, i + 1, KW_the) ? i + 2 : i + 1;
      for (uint32_t n = 1; n <= 2 && capw(c, o); n++) {
        uint32_t f = o + n;
        if (!capw(c, f) || !capw(c, f - 1) || !given_name(tok(c, f)) || (n == 2 && given_name(tok(c, o + 1))))
          continue;
        uint32_t e = name_words(c, f, &poss);
        if (e > f + 1) {
          add_name(c, rank_from, f, e, poss, -1, AS_HEAD_NONE);
          return e;
        }
      }
      /* `the Duke of Wellington`, `the Earl of Lovelace`: the place a
       * peer is called by, a name with no rank of its own (it is the peer
       * when the infobox lists him with the title: peer_alias; `the Duke
       * of Normandy` leaves Normandy a place) */
      if (i == rank_from + 1 && peerage_word(tok(c, rank_from)) && capw(c, i + 1)) {
        uint32_t e = name_words(c, i + 1, &poss);
        /* not `Duke of Cornwall's Light Infantry`, a regiment */
        if ((e == i + 2 || (e == i + 3 && !poss)) && !(poss && capw(c, e))) {
          add_name(c, i + 1, i + 1, e, poss, -1, AS_HEAD_NONE);
          return e;
        }
      }
      /* `the Mayor of Bodmin`: an office of a town, which is named */
      if (as_slice_eq_cstr(tok(c, i - 1), "Mayor") || as_slice_eq_cstr(tok(c, i - 1), "Councillor") ||
          as_slice_eq_cstr(tok(c, i - 1), "Alderman"))
        return i;
      uint32_t j = kw(c, i + 1, KW_the) ? i + 2 : i + 1;
      if (capw(c, j)) {
        uint32_t e = name_words(c, j, &poss);
        as_head head;
        if (e > j + 1 && !poss && kind_of_head(&c->t[j], &c->t[e - 1], &head) == AS_MENTION_ORG)
          return j;
      }
      return of_part(c, i, &poss);
    }
    return i > rank_from ? i : rank_from + 1;
  }
  if (i > rank_from && !c->t[rank_from].cap && !c->t[i].cap)
    return i;
  if (!capw(c, i))
    return i + 1;
  /* a ship's name (`the cruiser Admiral Hipper`), ships' names (`the
   * destroyers Pantera and Tigre`, `the cruisers Zara, Pola and Fiume`) */
  if (rank_from > 0 && among(&c->t[rank_from - 1], &sets.vessel_nouns))
    return ship_name(c, i);
  if (rank_from > 0 && among(&c->t[rank_from - 1], &sets.vessel_plurals) && ship_list(c, i))
    return ship_names(c, i);
  bool poss;
  uint32_t from = i, to = name_words(c, i, &poss);
  /* `his one-act play The Burial Mound`, `the 1939 film Stagecoach`: a
   * work's title, which names no place and no one */
  if (rank_from == i && i > 0 && among(&c->t[i - 1], &sets.work_nouns) && !c->t[i - 1].cap && !poss)
    return to;
  /* `Nobel Prize in Physics`, `Pulitzer Prize for Fiction`, `Academy
   * Award for Best Director`: the field is the prize's name, no place */
  bool award = false;
  if (!poss && to > from && (kw(c, to, KW_in) || kw(c, to, KW_for)) && capw(c, to + 1) &&
      among(&c->t[to - 1], &sets.other_heads)) {
    to = name_words(c, to + 1, &poss);
    award = true;
  }
  /* the sentence's first word (or the first after a quote or a bracket),
   * when it is a function word */
  bool opening = from == 0 || (c->t[from - 1].kind == AS_TK_PUNCT && !punct(c, from - 1, '.')) ||
                 c->t[from - 1].kind == AS_TK_DASH;
  while (from < to && opening &&
         ((among(&c->t[from], &sets.openers) && !(from + 1 < to && c->t[from + 1].kind == AS_TK_DASH &&
                                                   !c->t[from + 1].space_before)) || /* `Ten-Go` */
          gerund_before_name(c, from, to))) {
    from++;
    while (from < to && !capw(c, from))
      from++;
  }
  if (from >= to)
    return to > i ? to : i + 1;
  /* `In Hong Kong Sun studied`, `In Paris Weber met`: a place, then the
   * article's subject by a word of the title, then the verb */
  if (from > 0 && opening && !poss && subject_after_place(c, from, to))
    to--;
  /* `a King George V-class battleship`, `the Leone-class destroyers`: a
   * class of ships is named after one, whose name it is then */
  if (to + 1 < c->n && c->t[to].kind == AS_TK_DASH && !c->t[to].space_before &&
      !c->t[to + 1].space_before && kw(c, to + 1, KW_class)) {
    add_ship(c, from, to, poss);
    return to + 2;
  }
  /* `SB2Us`: letters glued to a number before them are part of a code */
  if (from > 0 && !c->t[from].space_before && c->t[from - 1].kind == AS_TK_NUM)
    return to;
  /* `141–158 Panzer IVs`, `16 Spitfires`: things counted after a number
   * (not a year: `In 1942 Americans`) are no one's name; units are
   * (`826 and 828 Naval Air Squadrons`) */
  if (from > 0 && c->t[from - 1].kind == AS_TK_NUM && !c->t[from - 1].ordinal && !c->t[from - 1].decimal &&
      !(c->t[from - 1].digits == 4 && c->t[from - 1].value >= 1000 && c->t[from - 1].value < 2100) &&
      counted_plural(tok(c, to - 1)) && !among(&c->t[to - 1], &sets.org_heads))
    return to;
  /* `VB-3`, `CV-6`, `B-17`: capitals and a number, a unit's or a type's code */
  if (to - from == 1 && abbreviation(tok(c, from)) && to + 1 < c->n &&
      c->t[to].kind == AS_TK_DASH &&
      !c->t[to].space_before && c->t[to + 1].kind == AS_TK_NUM && !c->t[to + 1].space_before)
    return to + 2;
  if (rank_from == i)
    rank_from = from;
  /* `the Captain Cook Memorial Museum`, `Queen Elizabeth Hospital`, `King
   * George Island`: a rank inside the name of a place or a building */
  bool initials = false; /* (not `General H. R. Hall`, `Rear Admiral Harry W. Hill`: a person's) */
  for (uint32_t k = from; k < to && !initials; k++)
    initials = punct(c, k, '.');
  if (rank_from < from && to - from >= 2 && !possessive_len(tok(c, to - 1)) && !initials &&
      ((among(&c->t[to - 1], &sets.place_heads) && !among(&c->t[to - 1], &sets.surname_heads)) ||
       among(&c->t[to - 1], &sets.institution_heads)))
    from = rank_from;
  if (rank_from != from && rank_from == 0 && from > 0 && among(&c->t[0], &sets.openers))
    rank_from = from;
  /* a particle right before: `headed by de Piérola`, `ordered von der
   * Heydte` */
  if (from > 0 && rank_from == from && among(&c->t[from - 1], &sets.particles) && !c->t[from - 1].cap &&
      (from < 2 || !capw(c, from - 2))) {
    from--, rank_from--;
    if (from > 0 && among(&c->t[from - 1], &sets.particles) && !c->t[from - 1].cap &&
        (from < 2 || !capw(c, from - 2)))
      from--, rank_from--;
  }
  as_head head = AS_HEAD_NONE;
  int kind = -1;
  /* `I`, a lone letter, names nobody; an award or a work is not a kind we report */
  if (to - from == 1 && (initial(c, from) || among(&c->t[from], &sets.months)))
    return to;
  /* `returned to Islam`, `Catholicism`, `Communism`: a faith or a doctrine */
  if (to - from == 1 && !poss && doctrine(tok(c, from)))
    return to;
  /* `Additionally, Major General Williams`: an adverb opening the sentence */
  if (to - from == 1 && opening && to < c->n && c->t[to].kind == AS_TK_COMMA &&
      (sentence_adverb(tok(c, from)) || opening_participle(tok(c, from))))
    return to;
  if (award || among(&c->t[to - 1], &sets.other_heads))
    return to;
  /* `the Princess Royal`: a title, no name */
  if (to - from == 1 && rank_from < from && as_slice_eq_cstr(tok(c, from), "Royal"))
    return to;
  /* `was given the title of Prince Consort`, `the rank of Field
   * Marshal`: the title itself, nobody's name */
  if (rank_from >= 2 && kw(c, rank_from - 1, KW_of) &&
      (kw(c, rank_from - 2, KW_title) || kw(c, rank_from - 2, KW_rank) || kw(c, rank_from - 2, KW_style)))
    return to;
  /* `Catherine of Aragon`, `William of Orange`, `Catherine the Great`: a
   * given name with the place it is of, or an epithet */
  /* `Charles Albert of Sardinia`, `John Maurice of Nassau`: two given
   * names are the person's name, and the land they are of a place */
  if (!poss && to - from == 2 && kw(c, to, KW_of) && given_name(tok(c, from)) && given_name(tok(c, from + 1)) &&
      !(from > 0 && (kw(c, from - 1, KW_the) || kw(c, from - 1, KW_a))) && !kw(c, to + 1, KW_the)) {
    bool lpos = false;
    uint32_t e = byname(c, to, &lpos);
    if (e > to) {
      as_span *sp = add_name(c, rank_from, from, to, poss, AS_MENTION_PERSON, AS_HEAD_NONE);
      sp->initial = i == 0;
      add_name(c, to + 1, to + 1, e, lpos, AS_MENTION_PLACE, AS_HEAD_NONE);
      return e;
    }
  }
  if (!poss && to - from == 1 && (kw(c, to, KW_of) || kw(c, to, KW_the)) &&
      !(from > 0 && (kw(c, from - 1, KW_the) || kw(c, from - 1, KW_a))) && /* `the Dean of St Paul's` */
      given_name(tok(c, from))) {
    uint32_t e = byname(c, to, &poss);
    if (e > to) {
      as_span *sp = add_name(c, rank_from, from, e, poss, AS_MENTION_PERSON, AS_HEAD_NONE);
      sp->initial = i == 0;
      return e;
    }
  }
  /* `Olof Rudbeck the Elder`, `Pieter Brueghel the Younger`: father and
   * son, two people; `Seneca the Younger`, `Pliny the Elder` too */
  if (!poss && to - from >= 1 && kw(c, to, KW_the) && capw(c, to + 1) && !capw(c, to + 2) &&
      generation_epithet(tok(c, to + 1)) && (to - from >= 2 || !among(&c->t[from], &sets.openers))) {
    poss = possessive_len(tok(c, to + 1)) > 0;
    as_span *sp = add_name(c, rank_from, from, to + 2, poss, AS_MENTION_PERSON, AS_HEAD_NONE);
    sp->initial = i == 0;
    sp->person_votes += 3; /* (so `Rudbeck` alone is a form of it) */
    return to + 2;
  }
  /* `Point 593`, `Hill 112`: a height by its number on the map */
  if (!poss && to - from == 1 && (kw(c, from, KW_point) || kw(c, from, KW_hill)) && to < c->n &&
      c->t[to].kind == AS_TK_NUM && c->t[to].space_before && !c->t[to].ordinal && !c->taken[to]) {
    kind = AS_MENTION_PLACE;
    to++;
  } else if (poss) {
    /* `the 376th Infantry Division's flank`: a unit's possessive */
    as_slice w = tok(c, to - 1);
    as_tok last = c->t[to - 1];
    last.kw = (uint16_t)as_keyword(as_slice_make(w.ptr, possessive_len(w)));
    bool numbered = rank_from == from && numbered_at(c, from);
    if (among(&last, &sets.org_heads) && (numbered || to - from >= 2)) {
      kind = AS_MENTION_ORG;
      if (numbered)
        from--, rank_from--;
    }
  } else {
    /* `World War II`, `Operation Crusader II`: the numeral follows the head */
    uint32_t last = to - 1;
    /* `Elizabeth II of the United Kingdom`: the realm is no head */
    for (uint32_t k = from + 1; k + 1 < to; k++)
      if (realm_after(c, k)) {
        last = k;
        break;
      }
    if (to - from >= 2 && as_roman_numeral(tok(c, last)))
      last--;
    /* `Bridge No. 4`: the head is before `No.` */
    if (to - from >= 4 && c->t[last].kind == AS_TK_NUM && as_slice_eq_cstr(tok(c, last - 2), "No"))
      last -= 3;
    kind = kind_of_head(&c->t[from], &c->t[last], &head);
    /* `the Musée Yves Saint Laurent`, `Museo Larco`, `Museu Paulista`: a
     * museum named after somebody, in its country's language */
    if (kind < 0 && to - from >= 2 &&
        (as_slice_eq_cstr(tok(c, from), "Musée") || as_slice_eq_cstr(tok(c, from), "Museo") ||
         as_slice_eq_cstr(tok(c, from), "Museu") || as_slice_eq_cstr(tok(c, from), "Museum") ||
         as_slice_eq_cstr(tok(c, from), "Muzeum") || as_slice_eq_cstr(tok(c, from), "Musei")))
      kind = AS_MENTION_PLACE;
    /* `Keith Park`, `John Tower`, `Benny Hill`: a given name and a head
     * that is a surname too make a person's name */
    if (kind == AS_MENTION_PLACE && to - from == 2 && given_name(tok(c, from)) &&
        among(&c->t[from + 1], &sets.surname_heads))
      kind = -1;
    /* `der Waffen-SS Werner Ostendorff`: a person's name after an
     * organisation's that its first word heads is the person's */
    if (kind == AS_MENTION_ORG && among(&c->t[from], &sets.org_first_heads))
      for (uint32_t k = from + 2; k + 1 < to; k++)
        if (capw(c, k) && c->t[k].space_before && given_name(tok(c, k))) {
          to = k;
          break;
        }
    if (kind < 0)
      kind = org_within(c, from, to);
    /* `the Order of Saint John`, `the Order of the Temple`: an order of
     * knights (or of merit: no person either way); not `the Halt Order` */
    if (kind < 0 && kw(c, to - 1, KW_order) && kw(c, to, KW_of) &&
        (capw(c, to + 1) || (kw(c, to + 1, KW_the) && capw(c, to + 2))))
      kind = AS_MENTION_ORG;
    /* `No. 617 Squadron RAF`, `No. 11 Group`: a unit numbered before its head */
    if (kind == AS_MENTION_ORG && rank_from == from && from >= 3 && c->t[from - 1].kind == AS_TK_NUM &&
        !c->t[from - 1].ordinal && !c->t[from - 1].decimal && punct(c, from - 2, '.') &&
        as_slice_eq_cstr(tok(c, from - 3), "No"))
      rank_from = from = from - 3;
    /* `the General Strike`, `General Electric`: a rank word alone before
     * an event's or an organisation's head is its name's first word */
    if ((kind == AS_MENTION_EVENT || kind == AS_MENTION_ORG) && to - from == 1 && rank_from + 1 == from &&
        as_slice_eq_cstr(tok(c, rank_from), "General"))
      rank_from = from = from - 1;
    /* `the Army` is no name, but `the Luftwaffe` is one, and so is `the
     * 31st Division` */
    bool single_head = to - from == 1 && kind >= 0 && !among(&c->t[from], &sets.place_first_heads) &&
                       !among(&c->t[from], &sets.proper_orgs);
    /* `the 9th SS Panzer Division`: `SS` is no rank there but the unit's */
    if (kind == AS_MENTION_ORG && rank_from < from && ss_only(c, rank_from, from))
      from = rank_from;
    /* `the 5th Indian Infantry Division`: its number is part of its name */
    if (kind == AS_MENTION_ORG && rank_from == from && numbered_at(c, from)) {
      from--, rank_from--;
      single_head = false;
    }
    if (kind >= 0) {
      uint32_t e = of_part(c, to, &poss);
      /* `the National Society for Women's Suffrage`, `the Committee for
       * the Relief of Belgium`: a civil body's cause is its name's */
      if (kind == AS_MENTION_ORG && e == to && !poss && civil_head(c, to - 1) && kw(c, to, KW_for) &&
          !c->t[to].cap) {
        uint32_t k = kw(c, to + 1, KW_the) && !c->t[to + 1].cap ? to + 2 : to + 1;
        bool cause_poss;
        uint32_t ce = capw(c, k) ? name_words(c, k, &cause_poss) : k;
        /* (a possessive's noun with it: `Women's Suffrage`) */
        if (ce > k && cause_poss && capw(c, ce) && collective_possessive(tok(c, ce - 1)))
          ce = name_words(c, ce, &cause_poss);
        if (ce > k) {
          e = of_part(c, ce, &cause_poss);
          poss = cause_poss;
        }
      }
      if (kind == AS_MENTION_EVENT && to - from == 1)
        e = event_object(c, from, to, e, &poss);
      if (single_head && e == to && !unit_number(c, to))
        return to; /* `the Constitution`, `the Army`: no name */
      /* `the Department of Defense`, `the United States Department of the
       * Army`: a government's department, not a country's */
      if (kind == AS_MENTION_PLACE && c->t[last].kw == KW_department && e > to) {
        static const char *const offices[] = {
            "Defense", "Defence", "State", "Justice", "Education", "Health", "Agriculture", "Labor", "Labour",
            "Commerce", "Treasury", "Interior", "Energy", "Army", "Navy", "War", "Transportation",
            "Housing", "Veterans", "Homeland", "Finance", NULL};
        uint32_t k = kw(c, to + 1, KW_the) ? to + 2 : to + 1;
        if (k < e && listed(tok(c, k), offices))
          kind = AS_MENTION_ORG;
      }
      to = e;
      /* `Task Force 16`, `Carrier Division 2`, `Fallschirmjäger-Regiment 6`:
       * the unit's number follows its head */
      if (kind == AS_MENTION_ORG && e == to && !poss && unit_number(c, to))
        to++;
    } else if (word(c, to) && !c->t[to].cap && (kw(c, to, KW_campaign) || kw(c, to, KW_offensive) ||
                                                 kw(c, to, KW_expedition) || kw(c, to, KW_uprising) ||
                                                 kw(c, to, KW_massacre) || kw(c, to, KW_raid))) {
      /* `the Chilean campaign` is no name; `the North African campaign` is */
      if (to - from > 1 || !adjective(c, from)) {
        head = AS_HEAD_OCCURRENCE;
        kind = AS_MENTION_EVENT;
        to++;
      }
    }
  }
  /* `appointed Iglesias Regenerator President`: the word before the rank
   * qualifies it, the rest is the name */
  if (kind < 0 && to - from >= 2 && word(c, to) && strict_rank_at(c, to) && word(c, to - 1) && !adjective(c, to - 1) &&
      c->t[to - 2].kind == AS_TK_WORD && c->t[to - 2].cap)
    to--;
  /* a rank word at the end: a role (`Military Chief`, `Regenerator President`) */
  bool compound_end = to >= from + 3 && c->t[to - 2].kind == AS_TK_DASH && !c->t[to - 1].space_before &&
                      capw(c, to - 3) && !rank_at(c, to - 3); /* `Foy-Nôtre-Dame`, not `Commanding-in-Chief` */
  /* `David Lord`: a given name and a title after it make a name */
  bool patronym = to - from >= 3 && (kw(c, to - 2, KW_bin) || kw(c, to - 2, KW_ibn)); /* `Said bin Sultan` */
  if (kind < 0 && ((rank_at(c, to - 1) && !compound_end && !patronym && !(to - from >= 2 && given_name(tok(c, from)))) || (word(c, to) && strict_rank_at(c, to) && to - from == 1 &&
                                            (adjective(c, from) || !capw(c, from) || from == 0 ||
                                             !c->t[from].cap))))
    return to;
  /* a lone adjective: `Chilean troops`, `the Peruvian` */
  if (kind < 0 && to - from == 1 && rank_from == from && adjective(c, from))
    return to;
  /* adjectives only: `6 percent South African`, `a Franco-British occupation` */
  if (kind < 0 && to - from > 1 && rank_from == from && adjectives_only(c, from, to))
    return to;
  /* (`the Soviet Union` is a country, `the Women's Social and Political
   * Union` an organisation) */
  if ((kind < 0 || (kind == AS_MENTION_ORG && kw(c, to - 1, KW_union))) &&
      as_is_country_name(as_slice_make(c->text.ptr + c->t[from].start, c->t[to - 1].end - c->t[from].start)))
    kind = AS_MENTION_PLACE;
  as_span *sp = add_name(c, rank_from, from, to, poss, kind, head);
  sp->initial = i == 0;
  if (kind == AS_MENTION_ORG && !poss && c->t[from].kind == AS_TK_NUM && c->t[from].ordinal)
    coordinated_units(c, from, to);
  return to;
}


/* Whether a line of the article has name: its words [from, to), the first
 * capitalised (ASCII), as written. */
static bool article_writes(const scan *c, uint32_t from, uint32_t to) {
  as_slice w = as_slice_make(c->text.ptr + c->t[from].start, c->t[to - 1].end - c->t[from].start);
  char first = (char)toupper((unsigned char)w.ptr[0]);
  const as_raw_article *raw = c->p->a->raw;
  for (size_t l = 0; raw && l < raw->nlines; l++) {
    as_slice t = raw->lines[l].text;
    for (const char *q = t.ptr; t.len >= w.len && (q = memchr(q, first, t.len - w.len + 1 - (size_t)(q - t.ptr)));
         q++)
      if (memcmp(q + 1, w.ptr + 1, w.len - 1) == 0)
        return true;
  }
  return false;
}

/* `battle of Huamachuco`, `the siege of Arequipa`: a lower-case head
 * before `of Name`. */
static uint32_t scan_lower_head(scan *c, uint32_t i) {
  as_head head = head_of(&c->t[i]);
  /* only words that make a name with `of Place`: not `the occupation of Lima` */
  bool names = kw(c, i, KW_battle) || kw(c, i, KW_siege) || kw(c, i, KW_treaty);
  bool act = !names && among(&c->t[i], &sets.military_acts);
  if (!(names || act) || !kw(c, i + 1, KW_of) || !capw(c, i + 2))
    return i + 1;
  bool poss = false;
  uint32_t to = of_part(c, i + 1, &poss);
  if (act && !article_writes(c, i, to))
    return i + 1;
  /* `the largest battle of World War II`: of an event, not a battle's name */
  for (uint32_t k = i + 2; k < to; k++)
    if (head_of(&c->t[k]) == AS_HEAD_OCCURRENCE)
      return i + 2;
  add_name(c, i, i, to, poss, AS_MENTION_EVENT, head);
  return to;
}

static void find_names(as_prose *p, as_sent *s, const bool *taken) {
  scan c = {p, s, s->block->text, s->toks, s->ntoks, taken};
  uint32_t i = 0;
  while (i < c.n) {
    if (taken[i] || c.t[i].kind != AS_TK_WORD) {
      i++;
      continue;
    }
    /* ship prefixes: HMS Hood, USS Enterprise; `SS` where the sentence
     * speaks of a vessel (`A Liberty ship, the SS Harriet Tubman`) */
    if (c.t[i].cap && (ship_prefix(tok(&c, i)) || ss_ship(&c, i)) && capw(&c, i) && capw(&c, i + 1)) {
      i = ship_name(&c, i + 1);
      continue;
    }
    if (c.t[i].cap || (rank_at(&c, i) && capw(&c, i + 1)))
      i = scan_run(&c, i);
    else
      i = scan_lower_head(&c, i);
  }
}

void as_entities_find(as_prose *p, as_sent *s, const bool *taken) {
  pthread_once(&sets_once, build_sets);
  find_names(p, s, taken);
}

/* ---- the article's names ---- */

typedef struct {
  as_slice key, name; /* folded; as first written */
  bool mid;           /* seen other than at the start of a sentence */
  bool common;        /* also written in lower case: a common word */
  bool lower_too;     /* one word that the article also writes in lower case */
  bool ranked;        /* a rank or title came before it somewhere */
  bool ship;          /* the article names a ship so: neither person nor place */
  bool boxed_place;   /* the infobox gives it as a place */
  bool boxed_person;  /* the infobox gives it as a person */
  bool boxed_family;  /* the infobox gives it as a relative (`Relatives: X (brother)`) */
  bool boxed_spouse;  /* the infobox gives it as a spouse (`Spouse: Susanna Reuttinger`) */
  bool child_listed;  /* a given name in a list of children (`their children: Susanna (born 1602), ...`) */
  bool kin;           /* a kinship word came before it somewhere (`his son John Quincy Adams`) */
  uint16_t kin_kw;    /* the subject's kinship to it (`her brother Stephen`: KW_brother), or 0 */
  bool kin_mixed;     /* two such words came before it */
  bool spanned;       /* a life span in brackets follows it somewhere (`Ali Harthi (1933–2014)`) */
  int person, place;  /* evidence, summed */
  int kind;           /* decided kind, or -1 */
  bool theatre;       /* `on the Western Front`: a theatre of war, a place */
  as_slice canon;     /* the name to normalize it to, when another's (`Market Garden`: `Operation
                       * Market Garden`), or empty */
  uint32_t words;
  int group;          /* person: its group; -1 none yet; -2 ambiguous */
  int cand[4];        /* ambiguous: the groups it could be */
  int ncand;
} name_t;

typedef struct {
  as_prose *p;
  name_t *v;
  size_t n, cap;
  as_keyindex index; /* folded key → entry */
  as_keyindex raw;   /* name as written → its id in raw_ids */
  uint32_t *raw_ids; /* → entry */
  as_strbuf buf;
  /* people's groups */
  as_slice *group_canon;
  int *group_rep;
  uint16_t *group_kin; /* the subject's one kinship to a group's names (`His father, Mikhail Andreyevich`), 0 for none, KIN_MIXED for several */
  size_t ngroups;
  int subject; /* the group of the person the article is about, or -1 */
  /* a peer's title's place → the peer's name (`Wellington` → `Arthur
   * Wellesley`); the infobox's name → the title, with all the names of its
   * group (third: 1) */
  uint32_t (*aliases)[3];
  size_t naliases;
} table;

/* group_kin of a group the subject is kin to in several ways */
#define KIN_MIXED 0xFFFF

/* `on the Western Front`, `in the Eastern Front`: a theatre of war, not
 * the Soviet army group (`against the Western Front`). */
static bool theatre_at(const as_sent *s, const as_span *sp) {
  const as_tok *t = s->toks;
  if (sp->to != sp->from + 2 || sp->from < 2 || t[sp->to - 1].kw != KW_front ||
      (t[sp->from].kw != KW_western && t[sp->from].kw != KW_eastern) || t[sp->from - 1].kw != KW_the)
    return false;
  int prep = t[sp->from - 2].kw;
  return prep == KW_on || prep == KW_in || prep == KW_along;
}

/* The entry of the folded key, or -1 */
static int lookup(const table *t, as_slice key) { return (int)as_keyindex_find(&t->index, key); }

/* The entry of the folded key in t->buf, added if new. */
static uint32_t intern_folded(table *t, as_slice name) {
  int found = lookup(t, as_strbuf_slice(&t->buf));
  if (found >= 0)
    return (uint32_t)found;
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 64;
    t->v = as_xrealloc(t->v, t->cap * sizeof *t->v);
  }
  name_t *e = &t->v[t->n];
  memset(e, 0, sizeof *e);
  e->key = as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf));
  e->name = name;
  e->kind = -1;
  e->group = -1;
  e->words = (uint32_t)as_name_words(e->key);
  as_keyindex_add(&t->index, e->key);
  return (uint32_t)t->n++;
}

/* The entry of name (interning it), by its folded key. A name is mostly
 * written the same way again: as written, it is found without folding. */
static uint32_t intern(table *t, as_slice name) {
  int64_t r = as_keyindex_find(&t->raw, name);
  if (r >= 0)
    return t->raw_ids[r];
  as_name_fold(name, &t->buf);
  uint32_t id = intern_folded(t, name);
  uint32_t k = as_keyindex_add(&t->raw, name);
  if ((k & (k - 1)) == 0) /* 0, 1, 2, 4...: grow to the next power of two */
    t->raw_ids = as_xrealloc(t->raw_ids, (k ? 2 * (size_t)k : 1) * sizeof *t->raw_ids);
  t->raw_ids[k] = id;
  return id;
}

/* Whether a word of name is two capitals or more (`Finn VC Estate`,
 * `Scott Mann MP`): not a plain person's name. */
static bool capitals_word(as_slice name) {
  size_t caps = 0;
  for (size_t i = 0; i <= name.len; i++) {
    if (i == name.len || name.ptr[i] == ' ') {
      /* (not a regnal number at the end, or before the realm: `Edward
       * VII`, `Philip II of Spain`) */
      bool realm = i + 4 <= name.len && memcmp(name.ptr + i, " of ", 4) == 0;
      if (caps >= 2 && !((i == name.len || realm) && as_roman_numeral(as_slice_make(name.ptr + i - caps, caps))))
        return true;
      caps = 0;
    } else if (name.ptr[i] >= 'A' && name.ptr[i] <= 'Z')
      caps++;
    else
      caps = 0;
  }
  return false;
}

/* `Otto Rank`, `Erwin Rommel had surrounded`, `according to Birgit
 * Schippers`: a name of two words or more whose first is a given name is
 * a person's, unless its head word made it something else or the article
 * plainly uses it as a place (`in`, `at`, `from` it several times). */
static void given_names_evidence(table *t) {
  for (size_t i = 0; i < t->n; i++) {
    name_t *e = &t->v[i];
    if (e->kind >= 0 || e->ship || e->words < 2)
      continue;
    size_t sp = 0;
    while (sp < e->name.len && e->name.ptr[sp] != ' ')
      sp++;
    /* `Martin B-26 Marauders`: a letter at the end is no surname */
    bool letter_end = e->name.len >= 2 && e->name.ptr[e->name.len - 2] == ' ';
    if (sp < e->name.len && given_name(as_slice_make(e->name.ptr, sp)) && !capitals_word(e->name) && !letter_end)
      e->person += 3;
  }
}

/* `Children: Manfred Rommel`, `Spouse`, `Parents`: the subject's family,
 * who share the surname but are not the people the prose calls by it. */
static bool ci_series(const as_field *f, const char *key) {
  return f->series.len == strlen(key) && strncasecmp(f->series.ptr, key, f->series.len) == 0;
}

static bool family_field(const as_field *f) {
  static const char *const keys[] = {"children", "child", "spouse", "spouses", "parents", "parent",
                                     "relatives", "relations", "father", "mother", "partner",
                                     "issue", "siblings", NULL};
  for (int i = 0; keys[i]; i++)
    if (ci_series(f, keys[i]))
      return true;
  return false;
}

/* An infobox of a settlement or a region: a population, an area, an
 * elevation, a time zone, a demonym, a settlement type or a postal code. */
static bool place_infobox(const as_article *a) {
  static const char *const keys[] = {"population", "area", "elevation", "timezone", "time zone",
                                     "demonym", "settlement type", "postal code", "utc offset", NULL};
  for (const as_field *f = a->fields; f; f = f->next)
    for (int i = 0; keys[i]; i++) {
      size_t n = strlen(keys[i]);
      if (f->series.len >= n && strncasecmp(f->series.ptr, keys[i], n) == 0)
        return true;
    }
  return false;
}

/* Whether the infobox is a person's: a birth, a death or a spouse. */
static bool person_infobox(const as_article *a) {
  static const char *const keys[] = {"Birth Date", "Birth Place", "Death Date", "Death Place", "Born", "Died",
                                     "Spouse", "Spouses", "Resting Place", NULL};
  for (const as_field *f = a->fields; f; f = f->next)
    for (int i = 0; keys[i]; i++)
      if (as_slice_eq_cstr(f->series, keys[i]))
        return true;
  return false;
}

/* s without its first word. */
static as_slice next_word_after(as_slice s) {
  const char *sp = memchr(s.ptr, ' ', s.len);
  return sp ? as_slice_trim(as_slice_make(sp + 1, (size_t)(s.ptr + s.len - sp - 1))) : AS_SLICE_NULL;
}

/* The name a is another of the person id (see alias_peers). */
static void add_alias(table *t, uint32_t a, uint32_t id, bool whole) {
  t->aliases = as_xrealloc(t->aliases, (t->naliases + 1) * sizeof *t->aliases);
  t->aliases[t->naliases][0] = a;
  t->aliases[t->naliases][1] = id;
  t->aliases[t->naliases][2] = whole;
  t->naliases++;
}

/* `Arthur Wellesley, 1st Duke of Wellington`: the prose calls a peer by
 * the place of his title (`Wellington`, `the Duke of Wellington`); that
 * name is his (see alias_peers). Peerages only: `Prince of Orange` does
 * not make `Orange` a person. */
static void peer_alias(table *t, const as_item *it, uint32_t id) {
  static const char *const peerages[] = {"Duke of ", "Duchess of ", "Earl of ", "Marquess of ",
                                         "Marquis of ", "Viscount ", "Baron ", "Baroness ", NULL};
  /* a peerage is numbered (`1st Duke of Wellington`); `Duke of Normandy`,
   * a ruler's title, names a land the prose calls so */
  as_slice r = it->rank;
  if (!r.len || !isdigit((unsigned char)r.ptr[0]))
    return;
  r = next_word_after(r);
  for (int i = 0; peerages[i]; i++) {
    size_t n = strlen(peerages[i]);
    if (r.len <= n || memcmp(r.ptr, peerages[i], n) != 0)
      continue;
    as_slice place = as_slice_make(r.ptr + n, r.len - n);
    if (as_slice_starts(place, "of ")) /* `Viscount of X` */
      place = as_slice_make(place.ptr + 3, place.len - 3);
    if (!place.len || !isupper((unsigned char)place.ptr[0]))
      return;
    uint32_t a = intern(t, place); /* may move t->v */
    if (a == id)
      return;
    t->v[a].person += 3;
    add_alias(t, a, id, false);
    return;
  }
}

/* What the infobox says: people in person fields, places in place ones;
 * a settlement's infobox makes its title a place (`Lubbock` in `Lubbock,
 * Texas`, though the town was named after Francis Lubbock). */
static void infobox_evidence(table *t, const as_article *a) {
  as_slice title = as_title_before(a->title, ",(");
  if (title.len && place_infobox(a)) {
    uint32_t id = intern(t, title); /* may move t->v */
    name_t *e = &t->v[id];
    e->place += 3;
    e->boxed_place = true;
  } else if (title.len && person_infobox(a)) {
    /* `Birth Date: 1 April 1815` in `Otto von Bismarck`: the title is a
     * person's name, whatever the prose says of it */
    uint32_t id = intern(t, title);
    t->v[id].person += 3;
    /* `Name: Nzinga Mbande` in `Nzinga of Ndongo and Matamba`: the name
     * the lead calls her by is hers */
    for (const as_field *f = a->fields; f; f = f->next) {
      /* (without its bracket: `Avicenna (Ibn Sina)`) */
      as_slice nm = f->raw.len ? as_slice_trim(as_title_before(f->raw, "(")) : AS_SLICE_NULL;
      if (as_slice_eq_cstr(f->series, "Name") && !f->index.len && nm.len && !memchr(nm.ptr, ',', nm.len) &&
          !as_slice_eq(nm, title)) {
        uint32_t n = intern(t, nm); /* may move t->v */
        t->v[n].person += 3;
        add_alias(t, n, id, true);
      }
    }
  }
  for (const as_field *f = a->fields; f; f = f->next)
    for (size_t i = 0; i < f->nitems; i++) {
      const as_item *it = &f->items[i];
      as_slice nm = it->name.len ? it->name : it->text;
      if (!nm.len)
        continue;
      if (it->type == AS_VT_PERSON) {
        uint32_t id = intern(t, nm);
        name_t *e = &t->v[id];
        e->person += 3;
        e->mid = true;
        e->boxed_person = !family_field(f);
        e->boxed_family = e->boxed_family || family_field(f);
        e->boxed_spouse = e->boxed_spouse || ci_series(f, "spouse") || ci_series(f, "spouses") ||
                          ci_series(f, "partner");
        if (!family_field(f)) /* `Children: Ralph King-Milbanke, 2nd Earl of Lovelace` is not `Lovelace` */
          peer_alias(t, it, id);
      } else if (it->type == AS_VT_PLACE || it->type == AS_VT_COUNTRY) {
        uint32_t id = intern(t, nm);
        name_t *e = &t->v[id];
        e->place += 2;
        e->mid = true;
        e->boxed_place = true;
      }
    }
}

/* A filter over a few keys by their first byte and length together: most
 * words are told apart from all of them without hashing. False positives
 * only. */
typedef struct {
  uint64_t lens[256]; /* bit n (63: 63 or more) of lens[c]: a key of n bytes starts with c */
  bool empty;
} key_filter;

static uint64_t filter_bit(size_t len) { return (uint64_t)1 << (len < 63 ? len : 63); }

static void filter_add(key_filter *f, as_slice key) {
  if (!key.len)
    f->empty = true;
  else
    f->lens[(unsigned char)key.ptr[0]] |= filter_bit(key.len);
}

static bool filter_may_have(const key_filter *f, as_slice w) {
  if (!w.len)
    return f->empty;
  return (f->lens[(unsigned char)w.ptr[0]] & filter_bit(w.len)) != 0;
}

/* One-word names seen only at the start of sentences (`Citizens refused`)
 * that the article also writes in lower case are common words; the others
 * written in lower case too are marked (lower_too: see common_surnames). */
static void common_words(table *t) {
  bool any = false;
  for (size_t i = 0; i < t->n && !any; i++)
    any = t->v[i].words == 1 && t->v[i].kind < 0;
  if (!any)
    return;
  key_filter f = {{0}, false}; /* only one-word names are marked */
  for (size_t i = 0; i < t->n; i++)
    if (t->v[i].words == 1)
      filter_add(&f, t->v[i].key);
  for (size_t k = 0; k < t->p->n; k++) {
    const as_sent *s = &t->p->v[k];
    for (uint32_t j = 0; j < s->ntoks; j++) {
      const as_tok *tk = &s->toks[j];
      if (tk->kind != AS_TK_WORD || tk->cap)
        continue;
      /* a lower-case ASCII word is its own folded form */
      as_slice w = as_tok_text(s->block->text, tk);
      if (!tk->lower) {
        bool inner_capital = false; /* `d'Ornano` is a name's particle, not a common word */
        for (size_t c = 0; c < w.len && !inner_capital; c++)
          inner_capital = w.ptr[c] >= 'A' && w.ptr[c] <= 'Z';
        if (inner_capital)
          continue;
        as_name_fold(w, &t->buf);
        w = as_strbuf_slice(&t->buf);
      }
      if (!filter_may_have(&f, w))
        continue;
      int e = lookup(t, w);
      if (e >= 0 && t->v[e].words == 1) {
        t->v[e].lower_too = true;
        t->v[e].common = t->v[e].common || !t->v[e].mid;
      }
    }
  }
}

/* True if the folded key is one or more whole words of the folded text. */
static bool words_in(as_slice key, as_slice text) {
  for (size_t i = 0; key.len && i + key.len <= text.len; i++)
    if ((i == 0 || text.ptr[i - 1] == ' ') && memcmp(text.ptr + i, key.ptr, key.len) == 0 &&
        (i + key.len == text.len || text.ptr[i + key.len] == ' '))
      return true;
  return false;
}

/* True if the article's title or a place of its infobox holds the folded
 * key as a word: `Midway` in `Battle of Midway`, though a later carrier
 * was named after the battle. */
static bool subject_place(table *t, as_slice key) {
  as_strbuf f = AS_STRBUF_INIT;
  as_name_fold(t->p->a->title, &f);
  bool in = words_in(key, as_strbuf_slice(&f));
  for (const as_field *fd = t->p->a->fields; fd && !in; fd = fd->next)
    for (size_t i = 0; i < fd->nitems && !in; i++) {
      const as_item *it = &fd->items[i];
      if (it->type != AS_VT_PLACE && it->type != AS_VT_COUNTRY)
        continue;
      as_name_fold(it->name.len ? it->name : it->text, &f);
      in = words_in(key, as_strbuf_slice(&f));
    }
  as_strbuf_free(&f);
  return in;
}

static as_slice last_word_of(as_slice key);

/* Whether a person of two words or more, named with a rank, ends on the
 * word key. */
static bool surname_of_ranked(const table *t, as_slice key) {
  for (size_t i = 0; i < t->n; i++) {
    const name_t *q = &t->v[i];
    if (q->ranked && q->words >= 2 && !q->ship &&
        as_slice_eq(last_word_of(q->key), key))
      return true;
  }
  return false;
}

/* A ship's name is a ship's wherever the article writes it: what the words
 * around it say (`fired at Bismarck`, `Hood sank`) is no evidence of a
 * person or a place. Unless the article is about that place. */
static void mark_ships(table *t) {
  as_prose *p = t->p;
  for (size_t k = 0; k < p->nships; k++) {
    as_name_fold(p->ships[k], &t->buf);
    int e = lookup(t, as_strbuf_slice(&t->buf));
    if (e < 0 || t->v[e].ship || subject_place(t, t->v[e].key))
      continue;
    /* `Rear Admiral Karel Doorman (1889–1942)` ... `the carrier Karel
     * Doorman was named after him`: a person named in full with a rank or
     * a life span keeps the name (the ship's few lines tell nothing); a
     * sovereign's name stays the ship's (`King George V`) */
    const name_t *n = &t->v[e];
    size_t sp = 0;
    while (sp < n->name.len && n->name.ptr[sp] != ' ')
      sp++;
    size_t last = n->name.len;
    while (last > 0 && n->name.ptr[last - 1] != ' ')
      last--;
    if ((n->ranked || n->spanned) && n->words >= 2 && given_name(as_slice_make(n->name.ptr, sp)) &&
        !as_roman_numeral(as_slice_make(n->name.ptr + last, n->name.len - last))) /* `King George V` is a ship */
      continue;
    /* `Captain Albert H. Rooks was killed ...; Rooks, who had been born
     * ...` ... `the destroyer USS Rooks after Captain Rooks`: a surname
     * alone that a person named in full with a rank bears is still his */
    if (n->words == 1 && surname_of_ranked(t, n->key))
      continue;
    t->v[e].ship = true;
    t->v[e].kind = -1;
  }
}

/* `Americans`, `Chiclayans`, `Japanese`, `Germans`: a people, not a person. */
static bool plural_demonym(as_slice key) {
  if (key.len <= 5 || memchr(key.ptr, ' ', key.len))
    return false;
  if (as_slice_ends(key, "ians") || as_slice_ends(key, "eans") || as_slice_ends(key, "icans") ||
      (as_slice_ends(key, "ese") && !as_slice_ends(key, "rese") && !as_slice_ends(key, "eese")) || /* not `Therese` */
      as_slice_ends(key, "iards"))
    return true;
  /* a nationality of the list with an `s`: `Germans`, `Finns` is not one */
  as_tok t = {0};
  if (key.ptr[key.len - 1] == 's')
    t.kw = (uint16_t)as_keyword(as_slice_make(key.ptr, key.len - 1));
  return as_kwset_has(&sets.adjectives, &t);
}

static void decide(name_t *e) {
  if (e->kind >= 0 || e->common || e->ship)
    return;
  if (plural_demonym(e->key))
    return; /* `in Americans` is no evidence of a place either */
  /* `SHAEF`, `DAF`, `PBY`: `at SHAEF` makes no place of an abbreviation
   * (a country's, `USSR`, is one by the list) */
  if (e->words == 1 && !e->ranked && abbreviation(e->name)) {
    e->person = 0;
    if (!e->boxed_place)
      e->place = 0;
  }
  if (e->person >= 2 && e->person > e->place)
    e->kind = AS_MENTION_PERSON;
  else if (e->place >= 1 && e->place > e->person)
    e->kind = AS_MENTION_PLACE;
}


/* The punctuation ch (a comma too) at token i of sentence s. */
static bool sent_punct(const as_sent *s, uint32_t i, char ch) {
  return i < s->ntoks && (s->toks[i].kind == AS_TK_PUNCT || s->toks[i].kind == AS_TK_COMMA) &&
         s->toks[i].end - s->toks[i].start == 1 && s->block->text.ptr[s->toks[i].start] == ch;
}

/* The words of name whose initials make the abbreviation abbr (`Royal
 * Air Force` for `RAF`), the last ones if not all (`Long Range Desert
 * Group` of `British Long Range Desert Group` for `LRDG`); lower-case
 * words and numbers have none (`Army Group of the Centre`, `1st`). An
 * empty slice when they do not make it (`Soviet Union` for `HSU`). */
static as_slice initials_of(as_slice name, as_slice abbr) {
  enum { MAX = 16 };
  size_t starts[MAX], n = 0;
  char caps[MAX];
  for (size_t i = 0; i < name.len; i++)
    if ((i == 0 || name.ptr[i - 1] == ' ') && name.ptr[i] >= 'A' && name.ptr[i] <= 'Z') {
      if (n == MAX)
        return AS_SLICE_NULL;
      starts[n] = i;
      caps[n++] = name.ptr[i];
    }
  if (abbr.len > n || abbr.len < 2)
    return AS_SLICE_NULL;
  size_t first = n - abbr.len;
  if (memcmp(caps + first, abbr.ptr, abbr.len) != 0)
    return AS_SLICE_NULL;
  return as_slice_make(name.ptr + starts[first], name.len - starts[first]);
}

/* `the British Expeditionary Force (BEF)`: an abbreviation given in
 * brackets after a name is that name wherever the article writes it
 * (`separating the BEF`); and a few abbreviations name organisations
 * anywhere (`alert the RAF`, `the SHAEF intelligence officer`). */
static void abbreviations(table *t) {
  static const char *const orgs[] = {"RAF",  "RAAF", "RCAF", "RNZAF", "USAAF", "USAF", "SHAEF", "OKW",
                                     "OKH",  "OKL",  "BBC",  "NATO",  "IJN",   "IJA",  "NKVD",  "LRDG",
                                     "SAS",  "SBS",  "OSS",  "BEF",   "NSDAP", "KGB",  "CIA",   "FBI",
                                     "UNESCO", "ICRC", "RAMC", "REME", "USMC", "IJAAF", "IJNAS", NULL};
  const as_prose *p = t->p;
  for (size_t k = 0; k < p->n; k++) {
    const as_sent *s = &p->v[k];
    for (uint32_t j = 0; j + 1 < s->nspans; j++) {
      const as_span *a = &s->spans[j], *b = &s->spans[j + 1];
      if (!a->is_name || !b->is_name || b->to != b->from + 1 || b->from != a->to + 1 ||
          !sent_punct(s, a->to, '(') || !(sent_punct(s, b->to, ')') || sent_punct(s, b->to, ',')))
        continue;
      name_t *full = &t->v[a->name_id], *ab = &t->v[b->name_id];
      as_slice named;
      if (full->kind < 0 || full->kind == AS_MENTION_PERSON || ab->ranked || ab->ship || ab->words != 1 ||
          !abbreviation(ab->name) || !(named = initials_of(full->name, ab->name)).len)
        continue;
      ab->kind = full->kind;
      ab->name = named;
    }
  }
  for (size_t i = 0; i < t->n; i++) {
    name_t *e = &t->v[i];
    if (e->kind >= 0 || e->words != 1 || e->ranked || e->ship || !abbreviation(e->name))
      continue;
    if (listed(e->name, orgs))
      e->kind = AS_MENTION_ORG;
  }
}

/* `Waterbury, Connecticut`, `Norfolk, Virginia`: a state or a province
 * after a place and a comma is a place too. */
static void regions_after_places(table *t) {
  static const char *const regions[] = {
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
      "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
      "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
      "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
      "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
      "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
      "West Virginia", "Wisconsin", "Wyoming", "D.C.", "England", "Scotland", "Wales", "Northern Ireland",
      "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
      "New Brunswick", "Newfoundland", "New South Wales", "Queensland", "Victoria", "Tasmania",
      "Western Australia", "South Australia", NULL};
  const as_prose *p = t->p;
  for (size_t k = 0; k < p->n; k++) {
    const as_sent *s = &p->v[k];
    for (uint32_t j = 0; j + 1 < s->nspans; j++) {
      const as_span *a = &s->spans[j], *b = &s->spans[j + 1];
      if (!a->is_name || !b->is_name || b->from != a->to + 1 || !sent_punct(s, a->to, ',') || a->possessive ||
          t->v[a->name_id].kind != AS_MENTION_PLACE)
        continue;
      name_t *e = &t->v[b->name_id];
      if (e->kind == AS_MENTION_PLACE || e->ranked)
        continue;
      if (listed(e->name, regions))
        e->kind = AS_MENTION_PLACE;
    }
  }
}

/* The last word of a folded name. */
static as_slice last_word_of(as_slice key) {
  size_t i = key.len;
  while (i > 0 && key.ptr[i - 1] != ' ')
    i--;
  return as_slice_make(key.ptr + i, key.len - i);
}

/* Places that need no head word: `the Rhine`, `the Ardennes`, `the
 * Atlantic`; and `the Liri` where the article also writes `the Liri
 * Valley`, `the Douve` beside `the Douve River`. Only names the prose left
 * undecided: what it says of a name wins. */
static void bare_places(table *t) {
  static const char *const known[] = {
      "Atlantic", "Pacific", "Mediterranean", "Baltic", "Adriatic", "Aegean", "Caribbean", "Arctic",
      "Antarctic", "Rhine", "Meuse", "Elbe", "Oder", "Danube", "Volga", "Dnieper", "Dniester", "Vistula",
      "Seine", "Loire", "Somme", "Marne", "Moselle", "Scheldt", "Thames", "Nile", "Tiber", "Euphrates",
      "Tigris", "Yangtze", "Mississippi", "Ardennes", "Caucasus", "Alps", "Apennines", "Balkans", "Pyrenees",
      "Urals", "Carpathians", "Himalayas", "Sahara", "Sinai", "Crimea", "Manchuria", "Siberia", "Scandinavia",
      "Dodecanese", "Levant", "Kremlin", "Reichstag", "Tiergarten", "Pentagon", NULL};
  /* not `sea` (`the North Sea`, `the Red Sea`), `desert` (`the Libyan
   * Desert`) or `hills` (`the Naga Hills`): their first words are no places */
  static const char *const features[] = {"river", "valley", "mountains", "forest", "canal", "plateau",
                                         "peninsula", "estuary", NULL};
  for (size_t i = 0; i < t->n; i++) {
    name_t *e = &t->v[i];
    if (e->kind >= 0 || e->words != 1 || e->ranked || e->ship || e->common)
      continue;
    if (listed(e->name, known))
      e->kind = AS_MENTION_PLACE;
  }
  for (size_t i = 0; i < t->n; i++) {
    const name_t *e = &t->v[i];
    if (e->kind != AS_MENTION_PLACE || e->words < 2)
      continue;
    as_slice head = last_word_of(e->key);
    if (!listed(head, features))
      continue;
    as_slice rest = as_slice_trim(as_slice_make(e->key.ptr, e->key.len - head.len));
    if (as_slice_ends(rest, "an") || as_slice_ends(rest, "ese") || as_slice_ends(rest, "ish") ||
        as_slice_eq_cstr(rest, "north") || as_slice_eq_cstr(rest, "south") || as_slice_eq_cstr(rest, "east") ||
        as_slice_eq_cstr(rest, "west"))
      continue; /* `the Italian River` would give no `Italian` */
    int b = lookup(t, rest);
    if (b < 0)
      continue;
    name_t *bare = &t->v[b];
    if (bare->kind < 0 && !bare->ranked && !bare->ship && !bare->common)
      bare->kind = AS_MENTION_PLACE;
  }
}

/* `Okinawan`, `Okinawans`, `Tibetan`: a place of the article's with `n`,
 * `an` or `s` after it names its people, not a person or a place. */
static void demonyms(table *t) {
  for (size_t i = 0; i < t->n; i++) {
    name_t *e = &t->v[i];
    if (e->words != 1 || e->kind < 0 || e->kind == AS_MENTION_ORG || e->kind == AS_MENTION_EVENT ||
        e->ranked || e->key.len < 5)
      continue;
    as_slice k = e->key;
    if (k.ptr[k.len - 1] == 's')
      k.len--;
    if (k.ptr[k.len - 1] != 'n' || as_is_country_name(e->name))
      continue;
    for (size_t cut = 1; cut <= 2 && cut + 3 <= k.len; cut++) {
      if (cut == 2 && k.ptr[k.len - 2] != 'a')
        break;
      int p = lookup(t, as_slice_make(k.ptr, k.len - cut));
      if (p >= 0 && t->v[p].kind == AS_MENTION_PLACE) {
        e->kind = -1;
        break;
      }
    }
  }
}


/* The last words of the people of two words or more (ranked: only those
 * named with a rank or title somewhere), into out. */
static void surnames(const table *t, bool ranked, as_keyindex *out) {
  for (size_t i = 0; i < t->n; i++) {
    const name_t *q = &t->v[i];
    if (q->kind != AS_MENTION_PERSON || q->words < 2 || (ranked && !q->ranked))
      continue;
    as_slice w = last_word_of(q->key);
    if (as_keyindex_find(out, w) < 0)
      as_keyindex_add(out, w);
  }
}

static as_slice next_word(as_slice key, size_t *pos) {
  size_t b = *pos, e = b;
  while (e < key.len && key.ptr[e] != ' ')
    e++;
  *pos = e + 1;
  return as_slice_make(key.ptr + b, e - b);
}

/* The rest of key after its first word, or an empty slice. */
static as_slice after_first_word(as_slice key) {
  const char *sp = memchr(key.ptr, ' ', key.len);
  if (!sp)
    return as_slice_make(key.ptr, 0);
  return as_slice_make(sp + 1, key.len - (size_t)(sp + 1 - key.ptr));
}

/* `Operation Market Garden`, then `Market Garden`; `Operation Supercharge`,
 * then `in Supercharge`: a codename alone is the operation's, though the
 * words around it made a place of it, or nothing. */
static void codenames(table *t) {
  for (size_t i = 0; i < t->n; i++) {
    const name_t *e = &t->v[i];
    if (e->kind != AS_MENTION_EVENT || e->words < 2 ||
        !(as_slice_starts(e->key, "operation ") || as_slice_starts(e->key, "unternehmen ")))
      continue;
    int b = lookup(t, after_first_word(e->key));
    if (b < 0)
      continue;
    name_t *bare = &t->v[b];
    /* not a place the article goes to (`Operation Berlin`, then `to Berlin`) */
    if ((bare->kind < 0 || (bare->kind == AS_MENTION_PLACE && bare->place <= 1)) && !bare->ship && !bare->common &&
        !bare->ranked &&
        !bare->boxed_place && !subject_place(t, bare->key)) {
      bare->kind = AS_MENTION_EVENT;
      bare->canon = e->name;
    }
  }
}

/* A nationality (folded): `german`, `soviet`, `japanese`, `italian`. */
static bool nationality(as_slice w) {
  static const char *const known[] = {"german", "french", "dutch", "soviet", "british", "greek",
                                      "polish", "finnish", "swedish", "danish", "czech", "turkish",
                                      "thai", "arab", "argentine", "welsh", "scottish", "irish",
                                      "english", "spanish", "swiss", "flemish", "icelandic", "kurdish",
                                      "basque", "catalan", "cossack", "tatar", "zulu", "maori", NULL};
  if (listed(w, known))
    return true;
  return w.len > 5 && (as_slice_ends(w, "ian") || as_slice_ends(w, "ean") || as_slice_ends(w, "ese") ||
                       as_slice_ends(w, "ican"));
}

bool as_is_nationality_word(as_slice w) {
  char folded[32];
  if (w.len < 4 || w.len >= sizeof folded || !isupper((unsigned char)w.ptr[0]))
    return false;
  for (size_t i = 0; i < w.len; i++) {
    if (!isalpha((unsigned char)w.ptr[i]))
      return false;
    folded[i] = (char)tolower((unsigned char)w.ptr[i]);
  }
  return nationality(as_slice_make(folded, w.len));
}

/* `the Ariete Division`, then `the Ariete` and `south of Ariete`: a
 * division's, a brigade's or a regiment's one-word name alone is the unit's,
 * unless the article plainly goes there or its infobox or title names it. */
static void bare_units(table *t) {
  /* words for a kind of unit: `the 1st Airborne` is no `Airborne Division` */
  static const char *const unit_types[] = {
      "airborne", "armoured", "armored", "parachute", "panzer", "panzergrenadier", "infantry", "mountain",
      "motorised", "motorized", "lorried", "light", "heavy", "guards", "rifle", "cavalry", "tank",
      "mechanised", "mechanized", "highland", "border", "marine", "commando", "naval", "air", "volunteer",
      "grenadier", "reserve", "training", "reconnaissance", "artillery", "engineer", "colonial", "assault",
      "security", "fortress", "jäger", "jager", "ss", "home", "field", "support", "motor", NULL};
  for (size_t i = 0; i < t->n; i++) {
    const name_t *e = &t->v[i];
    if (e->kind != AS_MENTION_ORG || e->words != 2 || e->canon.len)
      continue;
    as_slice head = last_word_of(e->key);
    if (!(as_slice_eq_cstr(head, "division") || as_slice_eq_cstr(head, "brigade") ||
          as_slice_eq_cstr(head, "regiment")))
      continue;
    as_slice rest = as_slice_make(e->key.ptr, e->key.len - head.len - 1);
    if (!rest.len || (rest.ptr[0] >= '0' && rest.ptr[0] <= '9') || nationality(rest) || listed(rest, unit_types))
      continue;
    int b = lookup(t, rest);
    if (b < 0)
      continue;
    name_t *bare = &t->v[b];
    if ((bare->kind < 0 || (bare->kind == AS_MENTION_PLACE && bare->place <= 2)) && !bare->ship && !bare->common &&
        !bare->ranked && !bare->boxed_place && !subject_place(t, bare->key) && !as_is_country_name(bare->name)) {
      bare->kind = AS_MENTION_ORG;
      bare->canon = e->name;
    }
  }
}

/* Whether a word of name (as written) numbers it: `Sixth`, `XXX`, `B`,
 * `57`. */
static bool numbering_word(as_slice name) {
  static const char *const ordinals[] = {
      "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
      "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
      "Eighteenth", "Nineteenth", "Twentieth", NULL};
  for (size_t pos = 0; pos < name.len;) {
    as_slice w = next_word(name, &pos);
    if (w.len && ((w.ptr[0] >= '0' && w.ptr[0] <= '9') || as_roman_numeral(w) || listed(w, ordinals) ||
                  (w.len == 1 && w.ptr[0] >= 'A' && w.ptr[0] <= 'Z')))
      return true;
  }
  return false;
}

/* `the German Sixth Army` and `the Sixth Army`, `the British XXX Corps`
 * and `XXX Corps`: one unit, without the nationality (only a numbered
 * one: `the Polish Parachute Brigade` is no `Parachute Brigade`, and
 * `Italian East Africa` no `East Africa`). */
static void nationality_forms(table *t) {
  for (size_t i = 0; i < t->n; i++) {
    name_t *e = &t->v[i];
    if (e->kind != AS_MENTION_ORG || e->words < 3)
      continue;
    as_slice rest = after_first_word(e->key);
    if (!nationality(as_slice_make(e->key.ptr, e->key.len - rest.len - 1)) ||
        !numbering_word(after_first_word(e->name)))
      continue;
    int b = lookup(t, rest);
    if (b >= 0 && t->v[b].kind == e->kind)
      e->canon = t->v[b].canon.len ? t->v[b].canon : t->v[b].name;
  }
}

/* `Freyberg` after `Lieutenant General Sir Bernard Freyberg`: the surname
 * of somebody the article names with a rank or title is theirs, though
 * `from Freyberg` voted for a place, or it is a country's name too
 * (`Holland` after `Vice-Admiral Lancelot Holland`). Not a place of the
 * infobox's or the title's. */
static void surnames_over_places(table *t) {
  as_keyindex last = {0};
  surnames(t, true, &last);
  for (size_t i = 0; i < t->n && last.n; i++) {
    name_t *e = &t->v[i];
    if (e->words == 1 && e->kind == AS_MENTION_PLACE && !e->boxed_place &&
        as_keyindex_find(&last, e->key) >= 0 && !subject_place(t, e->key))
      e->kind = AS_MENTION_PERSON;
  }
  as_keyindex_free(&last);
  /* `replaced Heinrich Himmler ... taken it over from Himmler`: the
   * surname of anyone named in full, which one preposition alone made a
   * place, and no list knows as a town or a country */
  as_keyindex any = {0};
  surnames(t, false, &any);
  for (size_t i = 0; i < t->n && any.n; i++) {
    name_t *e = &t->v[i];
    if (e->words == 1 && e->kind == AS_MENTION_PLACE && !e->boxed_place && e->place <= 1 && e->person == 0 &&
        !e->theatre && as_keyindex_find(&any, e->key) >= 0 && !subject_place(t, e->key) &&
        !as_city_known(e->name) && !as_is_country_name(e->name))
      e->kind = AS_MENTION_PERSON;
  }
  as_keyindex_free(&any);
}

/* A one-word person with no rank or title before it anywhere, that the
 * article also writes in lower case (`the 31st Division's commander`,
 * `Witnesses saw Nagumo`, `the Army's staff`), is a common word, unless it
 * is the surname of a longer name of the article (`Young` after `Brigham
 * Young`, though the article has `young`). */
static void common_surnames(table *t) {
  bool any = false;
  for (size_t i = 0; i < t->n && !any; i++)
    any = t->v[i].kind == AS_MENTION_PERSON && t->v[i].words == 1 && t->v[i].lower_too && !t->v[i].ranked;
  if (!any)
    return;
  as_keyindex last = {0};
  surnames(t, false, &last);
  for (size_t i = 0; i < t->n; i++) {
    name_t *e = &t->v[i];
    if (e->kind == AS_MENTION_PERSON && e->words == 1 && e->lower_too && !e->ranked &&
        as_keyindex_find(&last, e->key) < 0)
      e->kind = -1;
  }
  as_keyindex_free(&last);
}

/* An index from each word of some names to those names, so that finding
 * the names a name may be a form of costs the names sharing a word, not
 * all of them (100,000 infobox fields stay linear). */
typedef struct {
  as_slice *words;
  uint32_t **ids;
  uint32_t *n, *cap;
  size_t nslots, used;
} word_index;

static void index_init(word_index *x, size_t names) {
  x->nslots = 64;
  x->used = 0;
  while (x->nslots < names * 4 + 4)
    x->nslots *= 2;
  x->words = as_xcalloc(x->nslots, sizeof *x->words);
  x->ids = as_xcalloc(x->nslots, sizeof *x->ids);
  x->n = as_xcalloc(x->nslots, sizeof *x->n);
  x->cap = as_xcalloc(x->nslots, sizeof *x->cap);
}

static void index_free(word_index *x) {
  for (size_t i = 0; i < x->nslots; i++)
    free(x->ids[i]);
  free(x->words);
  free(x->ids);
  free(x->n);
  free(x->cap);
}

static size_t index_slot(const word_index *x, as_slice w) {
  size_t h = as_slice_hash(w) & (x->nslots - 1);
  while (x->words[h].ptr && !as_slice_eq(x->words[h], w))
    h = (h + 1) & (x->nslots - 1);
  return h;
}


/* Twice the slots, the words filed again (a name of many words can bring
 * more words than the table was sized for). */
static void index_grow(word_index *x) {
  word_index old = *x;
  x->nslots = old.nslots * 2;
  x->words = as_xcalloc(x->nslots, sizeof *x->words);
  x->ids = as_xcalloc(x->nslots, sizeof *x->ids);
  x->n = as_xcalloc(x->nslots, sizeof *x->n);
  x->cap = as_xcalloc(x->nslots, sizeof *x->cap);
  for (size_t i = 0; i < old.nslots; i++) {
    if (!old.words[i].ptr)
      continue;
    size_t h = index_slot(x, old.words[i]);
    x->words[h] = old.words[i];
    x->ids[h] = old.ids[i];
    x->n[h] = old.n[i];
    x->cap[h] = old.cap[i];
  }
  free(old.words);
  free(old.ids);
  free(old.n);
  free(old.cap);
}

/* Files id under every word of key. */
static void index_put(word_index *x, as_slice w, uint32_t id) {
  if ((x->used + 1) * 2 > x->nslots)
    index_grow(x);
  size_t h = index_slot(x, w);
  if (!x->words[h].ptr)
    x->used++;
  x->words[h] = w;
  if (x->n[h] && x->ids[h][x->n[h] - 1] == id)
    return;
  if (x->n[h] == x->cap[h]) {
    x->cap[h] = x->cap[h] ? x->cap[h] * 2 : 4;
    x->ids[h] = as_xrealloc(x->ids[h], x->cap[h] * sizeof **x->ids);
  }
  x->ids[h][x->n[h]++] = id;
}

static void index_add(word_index *x, as_slice key, uint32_t id) {
  for (size_t pos = 0; pos < key.len;) {
    as_slice w = next_word(key, &pos);
    index_put(x, w, id);
    /* `skłodowska-curie` is filed under `curie` too */
    size_t dash = w.len;
    while (dash > 0 && w.ptr[dash - 1] != '-')
      dash--;
    if (dash > 1 && dash < w.len)
      index_put(x, as_slice_make(w.ptr + dash, w.len - dash), id);
  }
}

/* The ids filed under word w. */
static const uint32_t *index_get(const word_index *x, as_slice w, uint32_t *n) {
  size_t h = index_slot(x, w);
  *n = x->words[h].ptr ? x->n[h] : 0;
  return x->ids[h];
}

/* A name with no evidence of its own is a person's when it is a form of a
 * person's name (`Prado`, `Ignacio Prado`) or that name a form of it. */
static void by_people(table *t) {
  word_index x;
  index_init(&x, t->n);
  for (size_t j = 0; j < t->n; j++)
    if (t->v[j].kind == AS_MENTION_PERSON && t->v[j].person >= 2)
      index_add(&x, t->v[j].key, (uint32_t)j);
  for (size_t i = 0; i < t->n; i++) {
    name_t *u = &t->v[i];
    /* a common word too (`Young`, `young`) when it is a form of a person */
    if (u->kind >= 0 || u->ship || plural_demonym(u->key))
      continue;
    /* a person containing u shares its words; one u contains shares one of them */
    for (size_t pos = 0; pos < u->key.len && u->kind < 0;) {
      uint32_t n;
      const uint32_t *ids = index_get(&x, next_word(u->key, &pos), &n);
      for (uint32_t k = 0; k < n && u->kind < 0; k++) {
        const name_t *q = &t->v[ids[k]];
        if (as_name_within(u->key, q->key) || as_name_within(q->key, u->key))
          u->kind = AS_MENTION_PERSON;
      }
    }
  }
  index_free(&x);
}

typedef struct {
  uint32_t words, len, id;
} by_length;

/* Whether the folded shorter is a form of the folded longer that names the
 * same person (not `Karim Nassir` of `Abdul Karim Nassir`). */
static bool same_person(as_slice shorter, as_slice longer) {
  return as_name_within(shorter, longer) && !as_name_bound(shorter, longer);
}

/* Longest first (words, then bytes: `Avelino` before its initial), then
 * in order of first appearance. */
static int cmp_longest(const void *a, const void *b) {
  const by_length *x = a, *y = b;
  if (x->words != y->words)
    return x->words > y->words ? -1 : 1;
  if (x->len != y->len)
    return x->len > y->len ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

static void sort_longest(table *t, uint32_t *ids, size_t n) {
  by_length *v = as_xmalloc((n ? n : 1) * sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = (by_length){t->v[ids[i]].words, (uint32_t)t->v[ids[i]].key.len, ids[i]};
  qsort(v, n, sizeof *v, cmp_longest);
  for (size_t i = 0; i < n; i++)
    ids[i] = v[i].id;
  free(v);
}

/* The group of the first person the article's first sentence names
 * (`Johannes Erwin Eugen Rommel (15 November 1891 – 14 October 1944) was`),
 * or -1. */
static int lead_person(const table *t) {
  const as_prose *p = t->p;
  if (!p->n)
    return -1;
  const as_sent *s = &p->v[0];
  for (uint32_t j = 0; j < s->nspans; j++) {
    const as_span *sp = &s->spans[j];
    if (sp->is_name && t->v[sp->name_id].kind == AS_MENTION_PERSON)
      return t->v[sp->name_id].group;
  }
  return -1;
}

/* The group of the person the article is about: its title (without its
 * disambiguation) named as a person in the prose, or else, if the title
 * has two words or more, the one group whose name holds it or is held in
 * it (`Elizabeth M. Gilbert` in the article `Elizabeth Gilbert`;
 * `Kristeva` alone in `Julia Kristeva`), the one the first sentence names
 * when several do (`Johannes Erwin Eugen Rommel`, not his father `Erwin
 * Rommel Senior`); -1 if none. */
static int subject_group(table *t, as_slice title) {
  as_name_fold(title, &t->buf);
  as_slice key = as_strbuf_slice(&t->buf);
  int e = lookup(t, key), lead = lead_person(t);
  if (e >= 0 && t->v[e].kind != AS_MENTION_PERSON)
    return -1;
  if (e >= 0 && t->v[e].group != -2)
    return t->v[e].group;
  /* `Marie Curie`, within `Marie Salomea Skłodowska Curie` and `Marie
   * Curie Radium Fund`: the one the article opens with */
  for (int c = 0; e >= 0 && c < t->v[e].ncand; c++)
    if (t->v[e].cand[c] == lead)
      return lead;
  if (e >= 0)
    return -1;
  int found = -1;
  for (size_t g = 0; as_name_words(key) >= 2 && g < t->ngroups; g++)
    if (!t->v[t->group_rep[g]].kin && /* not `his grandson Otto Christian von Bismarck` */
        (same_person(key, t->v[t->group_rep[g]].key) || same_person(t->v[t->group_rep[g]].key, key))) {
      if ((int)g == lead)
        return lead; /* the one the article opens with */
      if (found >= 0)
        found = -2; /* two people could be the subject */
      else if (found == -1)
        found = (int)g;
    }
  return found >= 0 ? found : -1;
}

/* Whether two names as written open on two different given names of the
 * list (`Joseph Bonaparte`, `Napoléon François Joseph Charles Bonaparte`);
 * called while grouping, after the sets were built. */
static bool other_given(as_slice a, as_slice b) {
  size_t i = 0, j = 0;
  while (i < a.len && a.ptr[i] != ' ')
    i++;
  while (j < b.len && b.ptr[j] != ' ')
    j++;
  as_slice x = as_slice_make(a.ptr, i), y = as_slice_make(b.ptr, j);
  return i < a.len && j < b.len && !as_slice_eq(x, y) && given_name(x) && given_name(y);
}

/* The first word of a name or a folded key. */
static as_slice first_word(as_slice s) {
  const char *sp = memchr(s.ptr ? s.ptr : "", ' ', s.len);
  return as_slice_make(s.ptr, sp ? (size_t)(sp - s.ptr) : s.len);
}

/* Whether the folded key holds the word w whole. */
static bool key_has_word(as_slice key, as_slice w) {
  for (size_t i = 0; w.len && i + w.len <= key.len; i++)
    if ((i == 0 || key.ptr[i - 1] == ' ') && (i + w.len == key.len || key.ptr[i + w.len] == ' ') &&
        memcmp(key.ptr + i, w.ptr, w.len) == 0)
      return true;
  return false;
}

/* `Wilhelm` or `Wilhelm von Humboldt` in the article on `Alexander von
 * Humboldt`, whose lead calls him `Friedrich Wilhelm Heinrich Alexander
 * von Humboldt`: a given name inside the subject's full name that neither
 * opens it nor is the title's names a relative (his brother), not the
 * subject, who is not called so. */
static bool middle_given(const name_t *e, const name_t *rep, as_slice title_key) {
  as_slice w = first_word(e->key);
  return given_name(first_word(e->name)) && !as_slice_eq(w, first_word(rep->key)) &&
         !key_has_word(title_key, w) && key_has_word(rep->key, w);
}

/* Whether group g's name holds the title's of two words or more (`Mary
 * Wollstonecraft Shelley`, `Mary Shelley`): the subject's full name. */
static bool holds_title(const table *t, int g, as_slice title_key) {
  return as_name_words(title_key) >= 2 && same_person(title_key, t->v[t->group_rep[g]].key);
}

/* The folded name of key's first word and the folded words last (`maria
 * salomea skłodowska` → `maria skłodowska`), in the arena. */
static as_slice first_and_last(table *t, as_slice key, as_slice last) {
  size_t e = 0;
  while (e < key.len && key.ptr[e] != ' ')
    e++;
  as_strbuf_clear(&t->buf);
  as_strbuf_put_slice(&t->buf, as_slice_make(key.ptr, e));
  as_strbuf_putc(&t->buf, ' ');
  as_strbuf_put_slice(&t->buf, last);
  return as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf));
}

/* The name a woman was born with, as her article's lead gives it after
 * `née` (`Mary Wollstonecraft Shelley (née Godwin; 30 August 1797 – …)`),
 * joined to the title's first given name and folded (`mary godwin`); empty
 * when the first paragraph has no `née`. */
static as_slice maiden_name(table *t, as_slice title) {
  const as_prose *p = t->p;
  for (size_t k = 0; k < p->n && p->v[k].para == p->v[0].para; k++) {
    const as_sent *s = &p->v[k];
    for (uint32_t i = 0; i + 1 < s->ntoks; i++) {
      as_slice w = as_tok_text(s->block->text, &s->toks[i]);
      if (!as_slice_eq_cstr(w, "née") && !as_slice_eq_cstr(w, "nee"))
        continue;
      /* its capitalised words, up to the first other token */
      const char *b = NULL, *e = NULL;
      for (uint32_t j = i + 1; j < s->ntoks && s->toks[j].kind == AS_TK_WORD && s->toks[j].cap; j++) {
        as_slice x = as_tok_text(s->block->text, &s->toks[j]);
        b = b ? b : x.ptr;
        e = x.ptr + x.len;
      }
      if (!b)
        return AS_SLICE_NULL;
      as_name_fold(as_slice_make(b, (size_t)(e - b)), &t->buf);
      as_slice born = as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf));
      as_name_fold(title, &t->buf);
      as_slice key = as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf));
      return as_name_words(key) >= 2 ? first_and_last(t, key, born) : AS_SLICE_NULL;
    }
  }
  return AS_SLICE_NULL;
}

/* Whether two folded names of one surname are of two generations: one
 * ends on a mark of its generation after that surname (`alexander m patch
 * iii`, `alexander m patch`), the other has none or another; not a
 * sovereign's number (`peter iii`, `peter iii of russia`). */
static bool other_generation(as_slice a, as_slice b) {
  int ga = as_name_generation(a), gb = as_name_generation(b);
  if (ga == gb)
    return false;
  as_slice marked = ga ? a : b, plain = ga ? b : a;
  as_slice mark = last_word_of(marked);
  if (marked.len <= mark.len + 1)
    return false;
  as_slice rest = as_slice_make(marked.ptr, marked.len - mark.len - 1);
  return as_slice_eq(last_word_of(rest), last_word_of(plain)) && as_name_words(rest) >= 2;
}

/* Whether the folded name key is one of the subject's names at birth
 * (born: in full, short, after née; empty when unknown). */
static bool birth_name(const as_slice born[3], as_slice key) {
  for (int k = 0; k < 3; k++)
    if (born[k].len && as_slice_eq(key, born[k]))
      return true;
  return false;
}

/* Whether the name is the given names alone of one of the subject's full
 * names (`- Emily Elizabeth (1830–1886)`, in a list of the children of a
 * family, of `Emily Elizabeth Dickinson`): two words or more, each a
 * given name. */
static bool given_names_of(const as_slice full[2], const name_t *e) {
  if (e->words < 2)
    return false;
  for (size_t i = 0, j; i < e->name.len; i = j + 1) {
    for (j = i; j < e->name.len && e->name.ptr[j] != ' ';)
      j++;
    if (!given_name(as_slice_make(e->name.ptr + i, j - i)))
      return false; /* `Mary Wollstonecraft`, her mother, of `Mary Wollstonecraft Shelley` */
  }
  for (int k = 0; k < 2; k++)
    if (full[k].len > e->key.len + 1 && memcmp(full[k].ptr, e->key.ptr, e->key.len) == 0 &&
        full[k].ptr[e->key.len] == ' ')
      return true;
  return false;
}

/* Whether the first name the article's first sentence gives holds the
 * title's last word (`Abraham Lincoln (February 12, 1809 – April 15,
 * 1865) was`): the article is a person's life. */
static bool opens_on_title(table *t, as_slice title_key) {
  if (!t->p->n)
    return false;
  const as_sent *s = &t->p->v[0];
  for (uint32_t j = 0; j < s->nspans; j++)
    if (s->spans[j].is_name)
      return t->v[s->spans[j].name_id].kind == AS_MENTION_PERSON &&
             key_has_word(t->v[s->spans[j].name_id].key, last_word_of(title_key));
  return false;
}

/* People's groups: longest names first; a name joins the one group whose
 * name contains it, starts a group when none does, and is ambiguous when
 * several do. */
static void group_people(table *t, const as_turn *turn) {
  /* the title's folded name, with and without its rank (`Queen Victoria`) */
  as_slice rank0, title0 = as_title_before(t->p->a->title, "(");
  as_name_fold(title0, &t->buf);
  as_slice title_key = as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf));
  as_name_fold(as_name_split_rank(title0, &rank0), &t->buf);
  as_slice bare_key = rank0.len ? as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf)) : title_key;
  /* `Birth Name: Emmeline Goulden`: the subject under the name she was
   * born with (`Emmeline Goulden was born on 15 July 1858`); by its first
   * given name and its surname too (`Maria Skłodowska` for `Maria Salomea
   * Skłodowska`); and `Mary Wollstonecraft Shelley (née Godwin; …)`: by
   * her title's given name and the surname she was born with (`Mary
   * Godwin`) */
  as_slice born[3] = {AS_SLICE_NULL, AS_SLICE_NULL, AS_SLICE_NULL};
  for (const as_field *f = t->p->a->fields; f; f = f->next)
    if (f->series.len == 10 && strncasecmp(f->series.ptr, "birth name", 10) == 0 && !f->index.len && f->raw.len) {
      as_name_fold(f->raw, &t->buf);
      born[0] = as_arena_slice(t->p->arena, as_strbuf_slice(&t->buf));
    }
  if (as_name_words(born[0]) >= 3)
    born[1] = first_and_last(t, born[0], last_word_of(born[0]));
  born[2] = maiden_name(t, title0);
  uint32_t *ids = as_xmalloc((t->n ? t->n : 1) * sizeof *ids);
  size_t n = 0;
  for (size_t i = 0; i < t->n; i++)
    if (t->v[i].kind == AS_MENTION_PERSON)
      ids[n++] = (uint32_t)i;
  sort_longest(t, ids, n);
  t->group_rep = as_xmalloc((n ? n : 1) * sizeof *t->group_rep);
  t->group_kin = as_xcalloc(n ? n : 1, sizeof *t->group_kin);
  t->ngroups = 0;
  word_index x; /* the groups, by the words of their names */
  index_init(&x, n);
  int title_group = -1; /* the group the title joined */
  bool bio = opens_on_title(t, title_key); /* a biography: his, her, their are its subject's */
  for (size_t k = 0; k < n; k++) {
    name_t *e = &t->v[ids[k]];
    /* a group containing e has e's last word */
    uint32_t nc;
    const uint32_t *cands = index_get(&x, last_word_of(e->key), &nc);
    /* `Commander1: William, Duke of Normandy`: a given name the infobox
     * gives alone is that person, not another William named in full */
    bool own_given = e->boxed_person && e->words == 1 && given_name(e->name);
    bool titled = as_slice_eq(e->key, title_key) || as_slice_eq(e->key, bare_key);
    for (uint32_t c = 0; c < nc; c++) {
      int g = (int)cands[c];
      const name_t *rep = &t->v[t->group_rep[g]];
      if (own_given && rep->key.len > e->key.len && memcmp(rep->key.ptr, e->key.ptr, e->key.len) == 0 &&
          rep->key.ptr[e->key.len] == ' ')
        continue;
      /* the article's subject is not the relative named after him (`John
       * Adams`, `his son John Quincy Adams`; `Children: Mary Charlotte
       * Somerville` in `Mary Somerville`) */
      /* (but the title's surname alone is the subject's still: `whose deaf
       * son Bell tutored`) */
      bool surname = e->words == 1 && as_slice_eq(e->key, last_word_of(title_key));
      if ((titled && (rep->kin || rep->boxed_family)) ||
          (e->kin && !surname &&
           (as_slice_eq(rep->key, title_key) || as_slice_eq(rep->key, bare_key) || g == title_group ||
            (e->words == 1 && g == lead_person(t) && holds_title(t, g, title_key)))))
        continue; /* nor `his nephew Otto Bismarck` `Otto von Bismarck` */
      /* `Relatives: Robert Stevenson (grandfather)` is not the subject,
       * `Robert Louis Stevenson` */
      if (!titled && e->boxed_family &&
          (as_slice_eq(rep->key, title_key) || as_slice_eq(rep->key, bare_key) || g == title_group ||
           birth_name(born, rep->key)))
        continue;
      /* `Children: Sekou` is not `Ahmed Sékou Touré`: a relative the
       * infobox names by one word is not another's middle name (unless
       * the text names that one as of the family too: `Estelle Sylvia
       * (born 5 May 1882)` among the children) */
      if (e->boxed_family && e->words == 1 && rep->words >= 2 && !rep->boxed_family && !rep->kin &&
          !rep->child_listed &&
          !(rep->key.len > e->key.len && memcmp(rep->key.ptr, e->key.ptr, e->key.len) == 0 &&
            rep->key.ptr[e->key.len] == ' ') &&
          !key_has_word(rep->key, last_word_of(title_key)) && !key_has_word(rep->key, last_word_of(bare_key)))
        continue;
      /* `his elder brother, Joseph Bonaparte` is not `their son, Napoléon
       * François Joseph Charles Bonaparte`: relatives of two given names
       * (but `Ignacio Prado` is `Mariano Ignacio Prado`, and `Woodrow
       * Wilson`, the title, is `Thomas Woodrow Wilson`) */
      if (!titled && (e->kin || rep->kin) && other_given(e->name, rep->name))
        continue;
      /* `Her brother Stephen`, `Their father, Captain Stephen Barton`: two
       * kinships to the subject, two people; so with any name of the group
       * (`His brother Mikhail`, not `the son of Mikhail Andreyevich
       * Dostoevsky`, whom `His father, Mikhail Andreyevich` joined) */
      uint16_t gk = rep->kin_kw && !rep->kin_mixed ? rep->kin_kw : t->group_kin[g];
      if (e->kin_kw && !e->kin_mixed && gk && gk != KIN_MIXED && e->kin_kw != gk)
        continue;
      /* `His sister Sarah`, `Felix, her youngest child,`: the subject's
       * blood relative, by her given name alone, is not one of another
       * surname the text does not call a relative (`Sarah Bush Johnston`,
       * his stepmother; `Felix Mendelssohn`) */
      if (bio && e->words == 1 && !rep->kin && !rep->boxed_family && rep->words >= 2 &&
          (e->kin_kw == KW_sister || e->kin_kw == KW_brother || e->kin_kw == KW_son || e->kin_kw == KW_daughter ||
           e->kin_kw == KW_child) &&
          !e->kin_mixed && !key_has_word(title_key, last_word_of(rep->key)) &&
          !key_has_word(bare_key, last_word_of(rep->key)))
        continue;
      /* `Spouse: Susanna Reuttinger` is not `their children: Susanna (born
       * 1602)`, a daughter of the same given name */
      if ((e->child_listed && rep->boxed_spouse) || (rep->child_listed && e->boxed_spouse))
        continue;
      /* `Relatives: Kaspar Anton Karl van Beethoven (brother), …, Karl van
       * Beethoven (nephew)`: two relatives the infobox lists are two */
      if (e->boxed_family && rep->boxed_family && !as_slice_eq(e->key, rep->key))
        continue;
      /* `His only son, Captain Alexander M. Patch III`: a relative of
       * another generation than the name (`Alexander M. Patch`) */
      if (!titled && (e->kin || rep->kin) && e->words >= 2 && other_generation(e->key, rep->key))
        continue;
      if (!titled && g == title_group && middle_given(e, rep, title_key))
        continue;
      /* `Mary Wollstonecraft`, her mother, in the article on `Mary Shelley`
       * that calls her `Mary Wollstonecraft Shelley`: a name ending on a
       * word the title lacks, within the subject's full name, is another's */
      if (!titled && e->words >= 2 && holds_title(t, g, title_key) && !as_name_generation(rep->key) && !as_name_generation(e->key) &&
          !key_has_word(title_key, last_word_of(e->key)) && !key_has_word(bare_key, last_word_of(e->key)))
        continue;
      /* two names each given a life span are two people (`- Said bin Ali
       * Harthi (1890–1947)`, `- Ali Harthi (1933–2014)`) */
      /* (a surname alone may be given the spans of several: `Burns
       * (1796–1871)`, `Burns (1759–1796)`) */
      if (!titled && !as_slice_eq(rep->key, title_key) && !as_slice_eq(rep->key, bare_key) && e->spanned &&
          rep->spanned && !(e->words == 1 && !given_name(e->name)))
        continue;
      /* the surname she was born with, alone, is her family's (`Godwin`,
       * her father, beside `Mary Godwin`; `Byron` beside `Ada Byron`) */
      if (!titled && e->words == 1 && birth_name(born, rep->key) && as_slice_eq(last_word_of(rep->key), e->key) &&
          !key_has_word(title_key, e->key))
        continue;
      if (same_person(e->key, rep->key)) {
        if (e->ncand < 4)
          e->cand[e->ncand] = g;
        /* (the subject's kept among many: `Kenyatta`, of whom the infobox
         * names four relatives too) */
        else if (g == title_group || g == lead_person(t))
          e->cand[3] = g;
        e->ncand++;
      }
    }
    /* the title, in several longer names (`Ida B. Wells` in `Ida B. Wells
     * Barnett Jr.` and `Ida B. Wells Homes`): a person of its own, the
     * article's subject */
    /* (but `Sofia Vasilyevna Kovalevskaya`, whom the lead opens with, in
     * the article that lists her daughter `Sofia Vladimirovna
     * Kovalevskaya` as a child: the lead's person) */
    if (titled && e->ncand > 1) {
      int lead = lead_person(t), pick = -1;
      for (int c = 0; c < e->ncand && c < 4; c++)
        if (e->words >= 2 && e->cand[c] == lead && lead >= 0 && !t->v[t->group_rep[lead]].boxed_family && !t->v[t->group_rep[lead]].kin)
          pick = lead;
      e->ncand = pick >= 0 ? 1 : 0;
      e->cand[0] = pick;
    }
    if (e->ncand == 0) {
      e->group = (int)t->ngroups;
      index_add(&x, e->key, (uint32_t)t->ngroups);
      t->group_rep[t->ngroups++] = (int)ids[k];
    } else if (e->ncand == 1) {
      e->group = e->cand[0];
    } else {
      e->group = -2;
      if (e->ncand > 4)
        e->ncand = 4;
      /* `Wells` in `Ida B. Wells`, which names her daughter `Ida B. Wells
       * Barnett Jr.` and the `Ida B. Wells Homes` too: a surname alone in a
       * biography is its subject's */
      /* (but `Wollstonecraft`, a middle name of `Mary Wollstonecraft
       * Shelley`, whose article names her mother `Mary Wollstonecraft`
       * too: a word the title lacks is the surname of the one it ends) */
      int surname = -1, nsurnames = 0;
      bool subject = false;
      for (int c = 0; c < e->ncand; c++)
        subject = subject || e->cand[c] == title_group || holds_title(t, e->cand[c], title_key);
      for (int c = 0; c < e->ncand && e->words == 1 && subject && !given_name(e->name) && !key_has_word(title_key, e->key); c++)
        if (as_slice_eq(last_word_of(t->v[t->group_rep[e->cand[c]]].key), e->key)) {
          surname = e->cand[c];
          nsurnames++;
        }
      if (nsurnames == 1)
        e->group = surname;
      for (int c = 0; c < e->ncand && e->words == 1 && nsurnames != 1; c++) {
        const name_t *rep = &t->v[t->group_rep[e->cand[c]]];
        if (as_slice_eq(rep->key, title_key) || as_slice_eq(rep->key, bare_key) || e->cand[c] == title_group)
          e->group = e->cand[c];
      }
      /* (`Earhart` in `Amelia Earhart`, whose lead calls her `Amelia Mary
       * Earhart` and names her mother `Amelia Otis Earhart`: the one the
       * article opens with, when its name holds the title) */
      int lead = lead_person(t);
      for (int c = 0; c < e->ncand && e->words == 1 && e->group == -2 && nsurnames != 1 && lead >= 0; c++)
        if (e->cand[c] == lead && holds_title(t, lead, title_key))
          e->group = lead;
    }
    if (titled && e->group >= 0)
      title_group = e->group; /* (`Marie Curie`, in the lead's `Marie Salomea Skłodowska-Curie`) */
    if (e->group >= 0 && e->kin_kw) {
      uint16_t *gk = &t->group_kin[e->group];
      *gk = e->kin_mixed || (*gk && *gk != e->kin_kw) ? KIN_MIXED : e->kin_kw;
    }
  }
  index_free(&x);
  free(ids);
  t->group_canon = as_xmalloc((t->ngroups ? t->ngroups : 1) * sizeof *t->group_canon);
  /* the article's subject is called by its title, as its infobox's claims
   * are; the run's registry learns the title without its disambiguation */
  as_slice title = as_title_before(t->p->a->title, "(");
  t->subject = subject_group(t, title);
  bool full_title = as_name_words(as_strbuf_slice(&t->buf)) >= 2; /* the folded title */
  /* `Queen Victoria`, `Pope Pius XII`: the name without its title, as the
   * prose calls her (`Victoria`, `Alexandrina Victoria`) */
  as_slice rank, bare = as_name_split_rank(title, &rank);
  if (t->subject < 0 && rank.len && bare.len) {
    t->subject = subject_group(t, bare);
    full_title = true;
  }
  as_people *people = turn ? turn->people : NULL;
  if (turn && turn->enter)
    turn->enter(turn->ctx);
  as_article *a = t->p->a;
  if (people && t->ngroups)
    a->calls = AS_NEW_N(t->p->arena, as_person_call, t->ngroups);
  /* the subject's full names: at birth, and as the lead gives it */
  int lead = lead_person(t);
  as_slice full[2] = {born[0], lead >= 0 && lead == t->subject ? t->v[t->group_rep[lead]].key : AS_SLICE_NULL};
  as_keyindex canons = {0}; /* the groups' names so far: two are never one of the run's */
  as_keyindex_reserve(&canons, t->ngroups);
  for (size_t g = 0; g < t->ngroups; g++) {
    const name_t *rep = &t->v[t->group_rep[g]];
    /* (a name the infobox or a kinship word gives as a relative's is
     * his, though the subject was born with it: `His grandfather, Robert
     * Stevenson (1772–1850)`, born Robert Lewis Balfour Stevenson) */
    bool subject = ((int)g == t->subject || (t->subject >= 0 && (birth_name(born, rep->key) || given_names_of(full, rep)) &&
                                             !rep->boxed_family && !rep->kin)) &&
                   full_title;
    as_slice name = subject ? title : rep->name;
    t->group_canon[g] = name;
    if (people && (subject || rep->words >= 2)) {
      t->group_canon[g] = as_arena_slice(t->p->arena, as_people_resolve(people, name));
      /* two people of this article are not one of the run's: the article
       * told them apart (`Joseph Bonaparte`, `Napoléon François Joseph
       * Charles Bonaparte`), so the later keeps its own name (the answer
       * then goes unused, in the shards' merge too) */
      bool taken = !subject && !as_slice_eq(t->group_canon[g], name) &&
                   as_keyindex_find(&canons, t->group_canon[g]) >= 0;
      if (taken)
        t->group_canon[g] = name;
      /* kept for the shards' merge (see as_person_call) */
      as_person_call q = {as_arena_slice(t->p->arena, name), t->group_canon[g], !subject && !taken};
      a->calls[a->ncalls++] = q;
    }
    if (subject) /* the whole title, disambiguation and all, as the infobox's claims */
      t->group_canon[g] = a->title;
    if (as_keyindex_find(&canons, t->group_canon[g]) < 0)
      as_keyindex_add(&canons, t->group_canon[g]);
  }
  as_keyindex_free(&canons);
  if (turn && turn->leave)
    turn->leave(turn->ctx);
}

/* A peer's title's place is the peer (peer_alias), when both are people. */
static void alias_peers(table *t) {
  for (size_t i = 0; i < t->naliases; i++) {
    name_t *a = &t->v[t->aliases[i][0]];
    const name_t *peer = &t->v[t->aliases[i][1]];
    if (a->kind != AS_MENTION_PERSON || peer->kind != AS_MENTION_PERSON || peer->group < 0)
      continue;
    bool shared = false; /* two peers of one place: neither */
    for (size_t k = 0; k < t->naliases; k++)
      shared = shared || (t->aliases[k][0] == t->aliases[i][0] && t->v[t->aliases[k][1]].group != peer->group);
    if (shared)
      continue;
    /* (`Nzinga Mbande (…), also known as Ana de Sousa Nzinga Mbande`: the
     * longer name the infobox's joined is the subject's too) */
    int old = a->group;
    for (size_t k = 0; t->aliases[i][2] && old >= 0 && old != peer->group && k < t->n; k++)
      if (t->v[k].kind == AS_MENTION_PERSON && t->v[k].group == old) {
        t->v[k].group = peer->group;
        t->v[k].ncand = 1;
        t->v[k].cand[0] = peer->group;
      }
    a->group = peer->group;
    a->ncand = 1;
    a->cand[0] = peer->group;
  }
}

/* The infobox's people by their canonical names (`Commander1: Ignacio
 * Prado` → `Mariano Ignacio Prado`), for the claims made from them. */
static void canon_infobox(table *t, as_article *a) {
  for (as_field *f = a->fields; f; f = f->next)
    for (size_t i = 0; i < f->nitems; i++) {
      as_item *it = &f->items[i];
      if (it->type != AS_VT_PERSON)
        continue;
      as_name_fold(it->name.len ? it->name : it->text, &t->buf);
      int e = lookup(t, as_strbuf_slice(&t->buf));
      if (e >= 0 && t->v[e].group >= 0)
        it->normalized = t->group_canon[t->v[e].group];
    }
}

/* An event's name as a name: `battle of Huamachuco` → `Battle of Huamachuco`. */
static as_slice capitalised(as_arena *arena, as_slice s) {
  if (!s.len || !islower((unsigned char)s.ptr[0]))
    return s;
  char *c = as_arena_strndup(arena, s.ptr, s.len);
  c[0] = (char)toupper((unsigned char)c[0]);
  return as_slice_make(c, s.len);
}

/* `Midway (1976)`, `Desire in Language (1980)`, `from Christie (1999)`: a
 * year in brackets right after a name makes it a film's, a book's or a
 * citation's, not the place's of the same name. */
static bool year_after(const as_sent *s, const as_span *sp) {
  uint32_t k = sp->to;
  if (!sent_punct(s, k, '(') || k + 2 >= s->ntoks || !sent_punct(s, k + 2, ')'))
    return false;
  const as_tok *y = &s->toks[k + 1];
  if (y->kind != AS_TK_NUM || y->end - y->start != 4)
    return false;
  const char *d = s->block->text.ptr + y->start;
  return (d[0] == '1' && (d[1] == '8' || d[1] == '9')) || (d[0] == '2' && d[1] == '0');
}

/* Of the groups a bare surname could be, the only one marked with mark
 * (1: named with a rank somewhere, as `Admiral Spruance` is; 2: in the
 * infobox), or -2 when none or several are. */
static int marked_candidate(const name_t *e, const uint8_t *marks, uint8_t mark) {
  int g = -2;
  for (int c = 0; mark && c < e->ncand; c++)
    if (marks[e->cand[c]] & mark) {
      if (g != -2)
        return -2;
      g = e->cand[c];
    }
  return g;
}

/* Whether the sentence names the person as someone's child: `his son
 * Siegfried`, `two sons, Woronzow Greig`, `their daughter, Ada`. */
static bool named_as_child(const as_sent *s, const as_span *sp) {
  uint32_t k = sp->rank_from;
  if (k > 0 && s->toks[k - 1].kind == AS_TK_COMMA)
    k--;
  if (k == 0)
    return false;
  int w = s->toks[k - 1].kw;
  return w == KW_son || w == KW_sons || w == KW_daughter || w == KW_daughters || w == KW_child || w == KW_children;
}

/* Whether the folded name key ends on the surname, after a name of its
 * own (`samuel greig`, `greig`; not `james lynch fitzstephen`, `lynch`). */
static bool surname_of(as_slice key, as_slice surname) {
  return key.len > surname.len + 1 && memcmp(key.ptr + key.len - surname.len, surname.ptr, surname.len) == 0 &&
         key.ptr[key.len - surname.len - 1] == ' ';
}

/* Whether the folded name key bears the surname after `de` behind a
 * surname of its own (`juana azurduy de padilla`): a married name, when a
 * woman's, not the one born to it (`bartolome de las casas` has none
 * before). */
static bool married_surname(as_slice key, as_slice surname) {
  if (key.len < surname.len + 4 || memcmp(key.ptr + key.len - surname.len, surname.ptr, surname.len) != 0 ||
      memcmp(key.ptr + key.len - surname.len - 4, " de ", 4) != 0)
    return false;
  return as_name_words(as_slice_make(key.ptr, key.len - surname.len - 4)) >= 2;
}

/* A preposition a name may be the object of. */
static bool governing(const as_tok *t) {
  return t->kw == KW_of || t->kw == KW_by || t->kw == KW_with || t->kw == KW_to || t->kw == KW_for ||
         t->kw == KW_from || t->kw == KW_against;
}

static bool life_bracket(const as_sent *s, const as_span *sp);

/* Whether the sentence names the group g after its span j, by a name of
 * it alone that holds the word key (`Miguel Condorcanqui`, after
 * `Condorcanqui`), or as someone's child (`Wagner died in Venice; his son
 * Siegfried died in Bayreuth`). */
static bool named_after(const table *t, const as_sent *s, uint32_t j, int g, as_slice key) {
  for (uint32_t k = j + 1; k < s->nspans; k++) {
    const name_t *e = s->spans[k].is_name ? &t->v[s->spans[k].name_id] : NULL;
    if (e && e->kind == AS_MENTION_PERSON && e->group == g &&
        ((e->words > 1 && key_has_word(e->key, key)) || named_as_child(s, &s->spans[k])))
      return true;
  }
  return false;
}

/* The year of death of a life span in brackets after the name (`(1805–1865)`,
 * `(died 1807)`): its last year, when a dash or `died` comes before it; 0
 * if none (`(born 1970)`). */
static int bracket_death(const as_sent *s, const as_span *sp) {
  int year = 0;
  bool dead = false;
  for (uint32_t k = sp->to; k < s->ntoks && k < sp->to + 16; k++) {
    const as_tok *t = &s->toks[k];
    if (t->kind == AS_TK_PUNCT && s->block->text.ptr[t->start] == ')')
      break;
    if (t->kind == AS_TK_DASH || t->kw == KW_died)
      dead = true;
    else if (dead && t->kind == AS_TK_NUM && t->digits >= 3 && t->digits <= 4 && !t->ordinal && !t->decimal)
      year = (int)t->value;
  }
  return year;
}

/* The year in which the sentence says the name at sp died (`Greig, who
 * ..., died in 1807`): the first year after its `died`; 0 if none. */
static int year_died(const as_sent *s, const as_span *sp) {
  uint32_t k = sp->to;
  while (k < s->ntoks && k < sp->to + 20 && s->toks[k].kw != KW_died)
    k++;
  if (k >= s->ntoks || s->toks[k].kw != KW_died)
    return 0;
  for (uint32_t j = k + 1; j < s->ntoks && j < k + 6; j++) {
    const as_tok *t = &s->toks[j];
    if (t->kind == AS_TK_PUNCT || t->kind == AS_TK_COMMA)
      break;
    if (t->kind == AS_TK_NUM && t->digits == 4 && !t->ordinal && !t->decimal)
      return (int)t->value;
  }
  return 0;
}

/* Writes the mentions, sentence by sentence, an ambiguous person going to
 * the article's subject when that is a candidate (`Kristeva` in the article
 * on Julia Kristeva, which also names `The Kristeva Reader`), else as
 * marked_candidate and the paragraph decide (see below); a place's name
 * with a year after it (year_after) is no mention. */
static void emit(table *t) {
  as_prose *p = t->p;
  int subject = t->subject;
  size_t ng = t->ngroups ? t->ngroups : 1;
  uint32_t *last_para = as_xcalloc(ng, sizeof *last_para);
  size_t *last_seen = as_xcalloc(ng, sizeof *last_seen);
  /* per group: 1 + the last sentence it opened as its subject, 0 = none;
   * whether it was last named after a preposition (`a nephew of the poet
   * Robert Burns`) */
  size_t *opened = as_xcalloc(ng, sizeof *opened);
  bool *governed = as_xcalloc(ng, sizeof *governed);
  size_t *said_in = as_xcalloc(ng, sizeof *said_in); /* 1 + the sentence it was last named in */
  /* per group: a name of it came with a rank (1), the infobox gives it (2) */
  uint8_t *marks = as_xcalloc(ng, 1);
  as_name_fold(p->a->title, &t->buf);
  as_slice tk = as_strbuf_slice(&t->buf);
  bool title_aged = key_has_word(tk, as_slice_cstr("elder")) || key_has_word(tk, as_slice_cstr("younger"));
  for (size_t i = 0; i < t->n; i++)
    if (t->v[i].kind == AS_MENTION_PERSON && t->v[i].group >= 0)
      marks[t->v[i].group] |= (uint8_t)((t->v[i].ranked ? 1 : 0) | (t->v[i].boxed_person ? 2 : 0));
  /* per group: the year of death its life span in brackets gives, 0 none;
   * whether the text names it only as someone's child (`his son Siegfried
   * Wagner`, never `Siegfried` alone) */
  int *died = as_xcalloc(ng, sizeof *died);
  uint8_t *child = as_xcalloc(ng, 1); /* 1: named as a child, 2: named otherwise */
  for (size_t k = 0; k < p->n; k++)
    for (uint32_t j = 0; j < p->v[k].nspans; j++) {
      const as_span *sp = &p->v[k].spans[j];
      const name_t *e = sp->is_name ? &t->v[sp->name_id] : NULL;
      if (!e || e->kind != AS_MENTION_PERSON || e->group < 0)
        continue;
      if (life_bracket(&p->v[k], sp))
        died[e->group] = bracket_death(&p->v[k], sp);
      child[e->group] |= named_as_child(&p->v[k], sp) ? 1 : 2;
    }
  size_t seen = 0;
  for (size_t k = 0; k < p->n; k++) {
    as_sent *s = &p->v[k];
    for (uint32_t j = 0; j < s->nspans; j++) {
      as_span *sp = &s->spans[j];
      if (!sp->is_name)
        continue;
      const name_t *e = &t->v[sp->name_id];
      if (e->kind < 0 || (e->kind == AS_MENTION_PLACE && year_after(s, sp)))
        continue;
      sp->kind = (as_mention_kind)e->kind;
      sp->person = -1;
      sp->canon = e->canon.len ? e->canon : e->kind == AS_MENTION_EVENT ? capitalised(p->arena, sp->name) : e->name;
      if (e->kind == AS_MENTION_PERSON) {
        int g = e->group;
        /* a surname alone that several people share: the article's
         * subject's (a biography calls its subject so, and her sister by
         * her full name); else the only one named with a rank, for a
         * surname after a rank (`son of Admiral Spruance`); else the one
         * last named in the paragraph; else the only one in the infobox */
        /* `Franklin himself died`, after `his wife, Lady Jane Franklin`:
         * the only one of that sex */
        char sex = sp->to < s->ntoks ? (s->toks[sp->to].kw == KW_himself ? 'm' : s->toks[sp->to].kw == KW_herself ? 'f' : 0) : 0;
        int fits = 0, fit = -2; /* the candidates not of the other sex */
        for (int c = 0; sex && c < e->ncand; c++) {
          char other = as_name_sex(t->group_canon[e->cand[c]]);
          if (!other || other == sex) {
            fits++;
            fit = e->cand[c];
          }
        }
        if (fits == 1)
          g = fit;
        /* `The elder Scoresby`, after `William Scoresby (1760–1829)` and
         * `William Scoresby Jr. (1789–1857)`: the one of no younger mark;
         * `the younger Scoresby`: the one of it */
        int age = sp->rank_from > 0 ? (s->toks[sp->rank_from - 1].kw == KW_elder ||
                                       s->toks[sp->rank_from - 1].kw == KW_older ? -1 :
                                       s->toks[sp->rank_from - 1].kw == KW_younger ? 1 : 0) : 0;
        if (g == -2 && age && e->ncand == 2) {
          int g0 = as_name_generation(t->v[t->group_rep[e->cand[0]]].key);
          int g1 = as_name_generation(t->v[t->group_rep[e->cand[1]]].key);
          if (g0 != g1) /* the younger: the later generation; the elder: the earlier */
            g = (g0 > g1) == (age > 0) ? e->cand[0] : e->cand[1];
        }
        for (int c = 0; g == -2 && subject >= 0 && c < e->ncand; c++)
          if (e->cand[c] == subject)
            g = subject;
        /* `His only son, Captain Alexander M. Patch III, was killed …
         * Patch died`: a surname alone is the one of no younger mark */
        if (g == -2 && !age && e->ncand == 2 && e->words == 1) {
          int g0 = as_name_generation(t->v[t->group_rep[e->cand[0]]].key);
          int g1 = as_name_generation(t->v[t->group_rep[e->cand[1]]].key);
          as_slice k0 = t->v[t->group_rep[e->cand[0]]].key, k1 = t->v[t->group_rep[e->cand[1]]].key;
          as_slice marked = g0 > 0 ? k0 : k1, plain = g0 > 0 ? k1 : k0;
          /* (of one name but the mark: not `Theodore Roosevelt Jr.` and
           * `Franklin D. Roosevelt`) */
          if ((g0 > 0) != (g1 > 0) && g0 >= 0 && g1 >= 0 && marked.len > plain.len &&
              memcmp(marked.ptr, plain.ptr, plain.len) == 0 && marked.ptr[plain.len] == ' ')
            g = g0 > 0 ? e->cand[1] : e->cand[0];
        }
        /* `Manuel Ascencio Padilla and his wife, Juana Azurduy de Padilla
         * ... Padilla was killed`: the one born to the surname */
        if (g == -2 && e->words == 1 && e->ncand == 2) {
          bool m0 = married_surname(t->v[t->group_rep[e->cand[0]]].key, e->key) &&
                    as_name_sex(t->group_canon[e->cand[0]]) == 'f';
          bool m1 = married_surname(t->v[t->group_rep[e->cand[1]]].key, e->key) &&
                    as_name_sex(t->group_canon[e->cand[1]]) == 'f';
          if (m0 != m1)
            g = m0 ? e->cand[1] : e->cand[0];
        }
        /* `Captain Samuel Greig. They had two sons, Woronzow Greig
         * (1805–1865) ... Greig ... died in 1807`: not the one the text
         * says died in another year */
        int year = e->words == 1 && e->ncand == 2 ? year_died(s, sp) : 0;
        bool other0 = year && died[e->cand[0]] && died[e->cand[0]] != year,
             other1 = year && died[e->cand[1]] && died[e->cand[1]] != year;
        if (g == -2 && other0 != other1)
          g = other0 ? e->cand[1] : e->cand[0];
        /* `Condorcanqui was born in Lima, to Miguel Condorcanqui`: the
         * sentence's subject is not the one it goes on to name in full */
        if (g == -2 && e->ncand == 2 && sp->rank_from == 0) {
          int later = named_after(t, s, j, e->cand[0], e->key) ? 0 : named_after(t, s, j, e->cand[1], e->key) ? 1 : -1;
          if (later >= 0 && !named_after(t, s, j, e->cand[1 - later], e->key))
            g = e->cand[1 - later];
        }
        /* `Richard Wagner lived at Tribschen ... there his son Siegfried
         * Wagner was born ... Wagner married Cosima`: a surname alone is
         * the parent's, not that of a child the text names only as one
         * (but `His son Wolfgang Amadeus Mozart ... Wolfgang toured ...
         * Mozart's birthplace`) */
        if (g == -2 && e->words == 1 && e->ncand == 2 && (child[e->cand[0]] == 1) != (child[e->cand[1]] == 1) &&
            surname_of(t->v[t->group_rep[e->cand[0]]].key, e->key) &&
            surname_of(t->v[t->group_rep[e->cand[1]]].key, e->key) && !named_as_child(s, sp))
          g = child[e->cand[0]] == 1 ? e->cand[1] : e->cand[0];
        /* (`his son Siegfried`: the one named as a child before, not the
         * `Siegfried Idyll`) */
        if (g == -2 && e->ncand == 2 && ((child[e->cand[0]] ^ child[e->cand[1]]) & 1) && named_as_child(s, sp))
          g = child[e->cand[0]] & 1 ? e->cand[0] : e->cand[1];
        if (g == -2)
          g = marked_candidate(e, marks, sp->rank_from < sp->from ? 1 : 0);
        /* `Thomas Burns was a nephew of the poet Robert Burns. Burns
         * (1796–1871) was the first minister`: a surname opening its
         * sentence goes on with the one that opened the sentence before */
        /* (`bringing the Reverend Thomas Burns, a nephew of the poet
         * Robert Burns, who became the first minister. Burns (1796–1871)
         * also served`: the one the sentence before named as no object of
         * a preposition, when the last named was one; but not past one
         * named since as a clause's subject: `Ralph Smith never served
         * again, while Holland Smith went on ... . Smith`) */
        int latest = -2, free_one = -2, nfree = 0;
        size_t latest_seen = 0;
        for (int c = 0; c < e->ncand; c++) {
          int h = e->cand[c];
          if (last_seen[h] > latest_seen) {
            latest_seen = last_seen[h];
            latest = h;
          }
          if (said_in[h] == k && !governed[h]) {
            free_one = h;
            nfree++;
          }
        }
        /* (nor past one the infobox names: `Edward
         * Spruance (son of Admiral Spruance), saw them. Spruance was
         * furious`) */
        bool goes_on = sp->rank_from == 0 && k > 0 && p->v[k - 1].para == s->para && latest >= 0 &&
                       said_in[latest] == k && !(marks[latest] & 2);
        for (int c = 0; g == -2 && goes_on && c < e->ncand; c++)
          if (opened[e->cand[c]] == k && (latest == e->cand[c] || governed[latest]))
            g = e->cand[c];
        if (g == -2 && goes_on && governed[latest] && nfree == 1)
          g = free_one;
        if (g == -2) {
          size_t best = 0;
          for (int c = 0; c < e->ncand; c++) {
            int h = e->cand[c];
            if (last_seen[h] > best && last_para[h] == s->para) {
              best = last_seen[h];
              g = h;
            }
          }
          if (g == -2)
            g = marked_candidate(e, marks, 2);
        }
        /* `The elder Ludwig died`, in the article on Ludwig van Beethoven,
         * named after his grandfather: a namesake told apart by age, not
         * the subject (unless the title says which: `Pitt the Younger`; or
         * the text names others of the name: `the younger Brunel`, after
         * `Marc Brunel`, is the subject) */
        bool namesake = age && g >= 0 && g == subject && !title_aged && e->ncand <= 1;
        if (namesake) {
          g = -1;
          sp->canon = sp->name;
        }
        if (g >= 0) {
          sp->person = g;
          sp->canon = t->group_canon[g];
          /* (a given name alone, `a baby girl named Gertie`, does not
           * make its family's surname hers: `Davis died` after it is
           * still the Davis named in full before) */
          as_slice gc = t->group_canon[g];
          bool given_only = e->words == 1 && gc.len > sp->name.len && gc.ptr[sp->name.len] == ' ' &&
                            memcmp(gc.ptr, sp->name.ptr, sp->name.len) == 0;
          if (!given_only) {
            last_para[g] = s->para;
            last_seen[g] = ++seen;
          }
          if (sp->rank_from == 0)
            opened[g] = k + 1;
          uint32_t b = sp->rank_from;
          while (b > 0 && b + 4 > sp->rank_from && s->toks[b - 1].kind == AS_TK_WORD && !s->toks[b - 1].cap &&
                 !governing(&s->toks[b - 1]))
            b--;
          governed[g] = b > 0 && s->toks[b - 1].kind == AS_TK_WORD && governing(&s->toks[b - 1]);
          said_in[g] = k + 1;
        }
      }
      as_span_write_mention(p, s, sp);
    }
  }
  free(last_para);
  free(last_seen);
  free(opened);
  free(governed);
  free(said_in);
  free(marks);
  free(died);
  free(child);
}

/* A life span in brackets right after a name: `(1934–2005)`, `(c. 1820 –
 * 1910)`, `(born 1970)`, `(died 879)`: a year, with a dash or a word of
 * birth or death, before the bracket closes. */
static bool life_bracket(const as_sent *s, const as_span *sp) {
  uint32_t i = sp->to;
  as_slice text = s->block->text;
  /* `William Scoresby Jr. (1789–1857)`: past the suffix's full stop */
  if (i > 0 && i + 1 < s->ntoks && s->toks[i].kind == AS_TK_PUNCT && text.ptr[s->toks[i].start] == '.' &&
      !s->toks[i].space_before) {
    as_slice w = as_tok_text(text, &s->toks[i - 1]);
    if (as_slice_eq_cstr(w, "Jr") || as_slice_eq_cstr(w, "Sr"))
      i++;
  }
  if (i >= s->ntoks || s->toks[i].kind != AS_TK_PUNCT || text.ptr[s->toks[i].start] != '(')
    return false;
  bool year = false, link = false;
  for (uint32_t k = i + 1; k < s->ntoks && k < i + 14; k++) {
    const as_tok *t = &s->toks[k];
    if (t->kind == AS_TK_PUNCT && text.ptr[t->start] == ')')
      return year && link;
    if (t->kind == AS_TK_NUM && t->digits >= 3 && t->digits <= 4 && !t->ordinal && !t->decimal)
      year = true;
    else if (t->kind == AS_TK_DASH || t->kw == KW_born || t->kw == KW_died)
      link = true;
  }
  return false;
}

/* Whether token i stands in a list after a colon that children open
 * (`Three of their children survived into adulthood: Susanna (born
 * 1602), Friedrich (born 1604), and Ludwig`). */
static bool children_list(const as_sent *s, uint32_t i) {
  as_slice text = s->block->text;
  for (uint32_t k = i; k-- > 0 && i - k < 40;) {
    const as_tok *t = &s->toks[k];
    if (t->kind == AS_TK_PUNCT && (text.ptr[t->start] == '.' || text.ptr[t->start] == ';'))
      return false;
    if (t->kind == AS_TK_PUNCT && text.ptr[t->start] == ':') {
      for (uint32_t q = k; q-- > 0 && k - q <= 8;)
        if (s->toks[q].kw == KW_children || s->toks[q].kw == KW_sons || s->toks[q].kw == KW_daughters)
          return true;
      return false;
    }
  }
  return false;
}

/* Whether the sentence opens an item of a list that the paragraph before
 * it introduces as children (`They had four sons:`, `Their children
 * were:`). */
static bool children_item(const as_sent *s) {
  const as_block *item = s->block->parent;
  if (!item || item->kind != AS_BLK_LIST_ITEM || item->first_child != s->block || !item->parent)
    return false;
  const as_block *intro = NULL;
  for (const as_block *b = item->parent->first_child; b && b != item; b = b->next)
    if (b->kind == AS_BLK_PARAGRAPH)
      intro = b;
  const as_block *last = intro ? intro->last_child : NULL;
  if (!last || !last->text.len || last->text.ptr[last->text.len - 1] != ':')
    return false;
  /* the subject's own (`They had`, `his children`), not the family's he
   * is one of (`Edward and Emily Dickinson had three children:`) */
  static const char *const words[] = {"children", "sons", "daughters", NULL};
  static const char *const owners[] = {"they", "he", "she", "his", "her", "their", NULL};
  bool kids = false, own = false;
  for (size_t k = 0; k < last->text.len; k++) {
    if (k > 0 && isalpha((unsigned char)last->text.ptr[k - 1]))
      continue;
    size_t e = k;
    while (e < last->text.len && isalpha((unsigned char)last->text.ptr[e]))
      e++;
    as_slice w = as_slice_make(last->text.ptr + k, e - k);
    for (int i = 0; words[i]; i++)
      kids = kids || (w.len == strlen(words[i]) && strncasecmp(w.ptr, words[i], w.len) == 0);
    for (int i = 0; owners[i]; i++)
      own = own || (w.len == strlen(owners[i]) && strncasecmp(w.ptr, owners[i], w.len) == 0);
  }
  return kids && own;
}

/* Whether the name sp opens an item of a list of people (`- Milan Kundera
 * (1929–2023), novelist` under `Notable people`, `Residents`, `Births`). */
static bool listed_person(const as_sent *s, const as_span *sp) {
  static const char *const heads[] = {"people", "residents", "natives", "births", "personalities", "notable",
                                      "alumni", "citizens", "figures", "inhabitants", NULL};
  return sp->rank_from == 0 && as_sent_listed_under(s, heads);
}

void as_entities_resolve(as_prose *p, const as_turn *turn) {
  pthread_once(&sets_once, build_sets);
  table t;
  memset(&t, 0, sizeof t);
  t.p = p;
  size_t names = 0; /* at most this many forms: sized once, not regrown */
  for (size_t k = 0; k < p->n; k++)
    for (uint32_t j = 0; j < p->v[k].nspans; j++)
      names += p->v[k].spans[j].is_name;
  as_keyindex_reserve(&t.raw, names);
  as_keyindex_reserve(&t.index, names);
  as_slice own = as_title_before(p->a->title, ",(");
  for (size_t k = 0; k < p->n; k++) {
    as_sent *s = &p->v[k];
    int kids = -1;
    for (uint32_t j = 0; j < s->nspans; j++) {
      as_span *sp = &s->spans[j];
      if (!sp->is_name)
        continue;
      sp->name_id = intern(&t, sp->full.len ? sp->full : sp->name);
      name_t *e = &t.v[sp->name_id];
      if (sp->vote >= 0 && e->kind < 0)
        e->kind = sp->vote;
      if (sp->vote == AS_MENTION_ORG && theatre_at(s, sp))
        e->theatre = true;
      e->person += sp->person_votes;
      e->place += sp->place_votes;
      e->mid = e->mid || !sp->initial;
      e->ranked = e->ranked || sp->rank_from != sp->from;
      uint32_t b = sp->rank_from;
      if (b > 0 && s->toks[b - 1].kind == AS_TK_COMMA)
        b--;
      /* `his son John Quincy Adams`; `the only child of Hans Andersen`:
       * a relative of whom the sentence speaks */
      e->kin = e->kin || (b > 0 && as_kwset_has(&sets.kinship, &s->toks[b - 1])) ||
               (b > 1 && s->toks[b - 1].kw == KW_of &&
                (as_kwset_has(&sets.kinship, &s->toks[b - 2]) || s->toks[b - 2].kw == KW_child));
      /* (the kinship of the text's his, her or their: `Her brother
       * Stephen`, `Their father, Captain Stephen Barton`, `His only son,
       * Alexander`) */
      /* (`Their youngest son was Thomas "Tad" Lincoln`) */
      uint32_t kb = b > 2 && (s->toks[b - 1].kw == KW_was || s->toks[b - 1].kw == KW_is) &&
                            as_kwset_has(&sets.kinship, &s->toks[b - 2])
                        ? b - 1
                        : b;
      if (kb > 1 && as_kwset_has(&sets.kinship, &s->toks[kb - 1])) {
        uint32_t o = kb - 2;
        bool adj = false;
        if (o > 0 && s->toks[o].kind == AS_TK_WORD && !s->toks[o].cap && s->toks[o].kw != KW_his &&
            s->toks[o].kw != KW_her && s->toks[o].kw != KW_their && s->toks[o].kw != KW_the)
          o--, adj = true; /* `his only son` */
        int w = s->toks[o].kw;
        /* (`The younger son, Martín Cortés,`: a family's, in a biography) */
        if (w == KW_his || w == KW_her || w == KW_their || (w == KW_the && adj && (o == 0 || s->toks[o - 1].kind == AS_TK_PUNCT))) {
          uint16_t rel = s->toks[kb - 1].kw;
          e->kin_mixed = e->kin_mixed || (e->kin_kw && e->kin_kw != rel);
          e->kin_kw = rel;
          e->kin = true;
        }
      }
      /* (`Thomas Lincoln, the president's father,`, `Mariane, his mother,`) */
      uint32_t a = sp->to;
      if (a + 3 < s->ntoks && s->toks[a].kind == AS_TK_COMMA &&
          (s->toks[a + 1].kw == KW_the || s->toks[a + 1].kw == KW_his || s->toks[a + 1].kw == KW_her ||
           s->toks[a + 1].kw == KW_their)) {
        uint32_t q = a + 2;
        if (s->toks[a + 1].kw == KW_the && s->toks[q].kind == AS_TK_WORD && !s->toks[q].cap &&
            (as_slice_ends(as_tok_text(s->block->text, &s->toks[q]), "'s") ||
             as_slice_ends(as_tok_text(s->block->text, &s->toks[q]), "\xe2\x80\x99s")))
          q++;
        if (q > a + 2 || s->toks[a + 1].kw != KW_the) {
          if (q + 1 < s->ntoks && s->toks[q].kind == AS_TK_WORD && !s->toks[q].cap &&
              !as_kwset_has(&sets.kinship, &s->toks[q]) && s->toks[q + 1].kind == AS_TK_WORD &&
              (as_kwset_has(&sets.kinship, &s->toks[q + 1]) || s->toks[q + 1].kw == KW_child))
            q++; /* `his only son` */
          if (q < s->ntoks && (as_kwset_has(&sets.kinship, &s->toks[q]) || s->toks[q].kw == KW_child) &&
              (q + 1 == s->ntoks || s->toks[q + 1].kind == AS_TK_COMMA || s->toks[q + 1].kind == AS_TK_PUNCT)) {
            uint16_t rel = s->toks[q].kw;
            e->kin_mixed = e->kin_mixed || (e->kin_kw && e->kin_kw != rel);
            e->kin_kw = rel;
            e->kin = true;
          }
        }
      }
      bool life = life_bracket(s, sp);
      e->spanned = e->spanned || life;
      /* `They had four sons:` `- Thomas "Tad" Lincoln (1853–1871)`: a
       * child (not his grandfather of one name, `Thomas Lincoln, the
       * president's father`) */
      if (life && sp->rank_from == 0 && children_item(s)) {
        e->kin_mixed = e->kin_mixed || (e->kin_kw && e->kin_kw != KW_child);
        e->kin_kw = KW_child;
        e->kin = true;
      }
      if (kids < 0) { /* once a sentence: whether it lists children at all */
        kids = 0;
        const char *from = s->block->text.ptr + s->toks[0].start;
        bool colon = memchr(from, ':', s->toks[s->ntoks - 1].end - s->toks[0].start) != NULL;
        for (uint32_t q = 0; colon && q < s->ntoks && !kids; q++)
          kids = s->toks[q].kw == KW_children || s->toks[q].kw == KW_sons || s->toks[q].kw == KW_daughters;
      }
      if (kids && sp->to - sp->from == 1 && sp->rank_from == sp->from && children_list(s, sp->from) &&
          given_name(sp->name))
        e->child_listed = true;
      /* a list's item, or the article's own name opening a sentence
       * (`Satyajit Ray (1921–1992) was`) */
      if (life && (listed_person(s, sp) ||
                   (sp->rank_from == 0 && sp->vote < 0 && as_slice_eq(sp->name, own))))
        e->person += 3;
    }
  }
  for (size_t i = 0; i < t.n; i++)
    if (t.v[i].theatre)
      t.v[i].kind = AS_MENTION_PLACE;
  mark_ships(&t);
  given_names_evidence(&t);
  infobox_evidence(&t, p->a);
  common_words(&t);
  for (size_t i = 0; i < t.n; i++)
    decide(&t.v[i]);
  demonyms(&t);
  abbreviations(&t);
  regions_after_places(&t);
  bare_places(&t);
  codenames(&t);
  nationality_forms(&t);
  bare_units(&t);
  surnames_over_places(&t);
  common_surnames(&t);
  by_people(&t);
  group_people(&t, turn);
  alias_peers(&t);
  canon_infobox(&t, p->a);
  emit(&t);
  free(t.v);
  as_keyindex_free(&t.index);
  as_keyindex_free(&t.raw);
  free(t.raw_ids);
  free(t.group_rep);
  free(t.group_kin);
  free(t.group_canon);
  free(t.aliases);
  as_strbuf_free(&t.buf);
}

static bool ends_with(as_slice w, const char *suffix) {
  size_t n = strlen(suffix);
  return w.len > n + 1 && memcmp(w.ptr + w.len - n, suffix, n) == 0;
}

char as_name_sex(as_slice canon) {
  pthread_once(&sets_once, build_sets);
  size_t sp = 0;
  while (sp < canon.len && canon.ptr[sp] != ' ')
    sp++;
  as_slice first = as_slice_make(canon.ptr, sp);
  long g = given_index(first);
  const char *dash = memchr(first.ptr, '-', first.len);
  if (g >= 0 && given_sex[g] && dash) {
    /* `Marie-Pierre Koenig`: a compound of two sexes tells none; `Jean-Paul`,
     * `Anne-Marie` tell theirs */
    long h = given_index(as_slice_make(dash + 1, first.len - (size_t)(dash + 1 - first.ptr)));
    if (h >= 0 && given_sex[h] && given_sex[h] != given_sex[g])
      return 0;
  }
  if (g >= 0 && given_sex[g])
    return given_sex[g];
  if (sp == canon.len)
    return 0;
  /* the later words: a patronymic, or a Russian woman's surname */
  char sex = 0;
  for (size_t i = sp + 1; i < canon.len;) {
    size_t e = i;
    while (e < canon.len && canon.ptr[e] != ' ')
      e++;
    as_slice w = as_slice_make(canon.ptr + i, e - i);
    if (ends_with(w, "ovna") || ends_with(w, "evna") || ends_with(w, "ichna"))
      return 'f';
    if (ends_with(w, "ovich") || ends_with(w, "evich"))
      return 'm';
    if (e == canon.len && g < 0 && (ends_with(w, "skaya") || ends_with(w, "ova") ||
                                    ends_with(w, "eva") || ends_with(w, "aya")))
      sex = 'f';
    i = e + 1;
  }
  return sex;
}
