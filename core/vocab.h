/* vocab.h: the properties claims use, in one place (docs/vocabulary.md
 * explains them; the RDF emitter maps them to these IRIs).
 *
 * X(id, name, iri, what) — name is what the `property` column holds; iri
 * reuses schema.org (schema:), the DBpedia ontology (dbo:) or PROV-O
 * (prov:) where a term fits, else assay's own (assay:). An infobox key with
 * no entry here becomes a property of its own, named from the key in
 * lowerCamelCase (`Alma Mater` → `almaMater`) in the assay: namespace. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_VOCAB_H
#define AS_VOCAB_H

#define AS_PROPERTIES(X)                                                                           \
  /* events and their dates */                                                                     \
  X(DATE, "date", "dbo:date", "when an event happened (a day, month, year or interval)")          \
  X(START_DATE, "startDate", "schema:startDate", "when an event began")                           \
  X(END_DATE, "endDate", "schema:endDate", "when an event ended")                                 \
  X(EVENT, "event", "schema:subEvent", "an event of the article's subject (infobox record)")       \
  X(PLACE, "place", "dbo:place", "where an event happened")                                       \
  X(RESULT, "result", "dbo:result", "how a conflict ended")                                       \
  X(COMBATANT, "combatant", "dbo:combatant", "a side of a conflict")                              \
  X(COMMANDER, "commander", "dbo:commander", "a commander in a conflict")                         \
  X(STRENGTH, "strength", "dbo:strength", "the size of a force, in people")                       \
  X(CASUALTIES, "casualties", "dbo:casualties", "losses of a side")                               \
  X(PART_OF, "partOf", "dbo:isPartOfMilitaryConflict", "the larger conflict it belongs to")       \
  X(DURATION, "duration", "schema:duration", "how long something lasted (ISO 8601 duration)")     \
  /* people */                                                                                     \
  X(BIRTH_DATE, "birthDate", "dbo:birthDate", "when a person was born")                           \
  X(BIRTH_PLACE, "birthPlace", "dbo:birthPlace", "where a person was born")                       \
  X(DEATH_DATE, "deathDate", "dbo:deathDate", "when a person died, was killed or executed")       \
  X(DEATH_PLACE, "deathPlace", "dbo:deathPlace", "where a person died")                           \
  X(DEATH_AGE, "deathAge", "dbo:deathAge", "a person's age in whole years at death, as stated")   \
  X(ROLE, "role", "schema:roleName", "an office or role a person was given or assumed")           \
  X(LEADER, "leader", "dbo:leader", "a leader of a state or organisation")                        \
  X(SPOUSE, "spouse", "dbo:spouse", "a person's spouse")                                          \
  /* places, buildings and organisations */                                                       \
  X(FOUNDING_DATE, "foundingDate", "schema:foundingDate",                                          \
    "when a place, a building or an organisation was founded or established")                      \
  X(COMPLETION_DATE, "completionDate", "dbo:completionDate", "when the building of something was completed") \
  X(OPENING_DATE, "openingDate", "dbo:openingDate", "when a building, a bridge, a tunnel or a line opened to the public") \
  X(POPULATION, "population", "dbo:populationTotal", "how many people lived in a place, in the year counted") \
  /* works */                                                                                      \
  X(DATE_PUBLISHED, "datePublished", "schema:datePublished",                                       \
    "the year a work (film, album, book) came out")                                                \
  /* acts */                                                                                       \
  X(AGENT, "agent", "prov:wasAssociatedWith", "who proclaimed, issued or signed a named act")     \
  X(ACT, "act", "assay:act", "a dated deed of a person (the verb: `ordered`, `wrote`), for the check against their death") \
  /* movements */                                                                                  \
  X(DESTINATION, "destination", "assay:destination", "where someone left for (origin kept apart)") \
  X(DEPARTED_FROM, "departedFrom", "assay:departedFrom", "a place someone left")                  \
  X(ARRIVED_AT, "arrivedAt", "assay:arrivedAt", "a place someone arrived in, reached or entered") \
  X(MOVED_TO, "movedTo", "assay:movedTo", "a place someone moved to or settled in")               \
  X(RETREATED_TO, "retreatedTo", "assay:retreatedTo", "a place someone retreated or fled to")     \
  X(RETURNED_TO, "returnedTo", "assay:returnedTo", "a place someone returned to")                  \
  X(MARCHED_TO, "marchedTo", "assay:marchedTo", "a place someone marched or advanced towards")    \
  /* states */                                                                                     \
  X(CAPITAL, "capital", "dbo:capital", "a capital, with its years")                               \
  X(NAME, "name", "schema:name", "a name of the subject")                                         \
  X(COORDINATES, "coordinates", "schema:geo", "a point on the map")

typedef enum {
#define X(id, name, iri, what) AS_P_##id,
  AS_PROPERTIES(X)
#undef X
      AS_P_COUNT
} as_property;

#endif
