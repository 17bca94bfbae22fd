// Example questions for the vnkg graph in Neo4j. Run one with
//   vnkg query "$(sed -n '/^\/\/ name: posts-in-province$/,/;$/p' graph-schema/queries.cypher)" --param province="Long An"
// or paste it into Neo4j Browser / cypher-shell with :param. Each query starts with `// name:`, a comment saying
// what it answers and its parameters, and ends with `;`. Values are always parameters ($name), never pasted in.
// test/store/neo4j/queries.test.ts runs every one against the seeds' graph.

// name: posts-in-province
// Who held which posts in a province: each person with a position in a body of that province, the title, whether
// it was a former ('nguyên') post, and the dates it was observed. Params: $province (e.g. "Long An").
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {province: $province})
RETURN p.name AS person, h.title AS title, o.name AS body, coalesce(h.former, false) AS former, coalesce(h.asOf, []) AS asOf
ORDER BY person, body, title;

// name: title-holders-over-time
// Holders of one title in one body over time, earliest observation first (undated ones last), with the articles
// that say so. Params: $title (e.g. "Trưởng Ban"), $body (the body's name or one of its aliases).
MATCH (p:Person)-[h:HOLDS_POSITION {title: $title}]->(o:Organization)
WHERE o.name = $body OR $body IN coalesce(o.aliases, [])
RETURN p.name AS person, coalesce(h.former, false) AS former, coalesce(h.asOf, []) AS asOf, h.articles AS articles
ORDER BY coalesce(h.asOf[0], '9999-99-99'), person;

// name: documents-by-province-bodies
// Which documents each province's bodies referenced, directly or through an event the body organized.
// No parameters.
MATCH (o:Organization)
WHERE o.province IS NOT NULL
CALL (o) {
  MATCH (o)-[:REFERENCES]->(d:Document)
  RETURN d
  UNION
  MATCH (o)-[:ORGANIZED]->(:Event)-[:REFERENCES]->(d:Document)
  RETURN d
}
WITH o.province AS province, d
RETURN province, collect(DISTINCT coalesce(d.code, d.name)) AS documents
ORDER BY province;

// name: chairs-of-events-referencing-document
// Who chaired events that referenced a document, with the event and its date. Params: $code (e.g. "05-CT/TW").
MATCH (p:Person)-[:CHAIRED]->(e:Event)-[:REFERENCES]->(d:Document {code: $code})
RETURN DISTINCT p.name AS person, e.name AS event, e.date AS date
ORDER BY person, event;

// name: people-linked-to-two-provinces
// People linked to both of two provinces: by their own province, a post in a body of the province, or an event
// there they chaired or attended. Params: $a, $b (province names, e.g. "Hà Nội", "Long An").
MATCH (p:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(o:Organization)
  WITH p, collect(o.province) AS viaPosts
  OPTIONAL MATCH (p)-[:CHAIRED|ATTENDED]->(e:Event)
  WITH p, viaPosts, collect(e.province) AS viaEvents
  RETURN [x IN viaPosts + viaEvents + [p.province] WHERE x IS NOT NULL] AS provinces
}
WITH p, provinces
WHERE $a IN provinces AND $b IN provinces
RETURN p.key AS key, p.name AS person
ORDER BY key;

// name: shortest-path-between-people
// The shortest chain of relationships between two people (any type, either direction, at most 10 hops), as the
// names and types along it. Params: $a, $b (Person keys, e.g. "Person:nguyễn văn a|long an").
MATCH (a:Person {key: $a}), (b:Person {key: $b})
MATCH path = shortestPath((a)-[*..10]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS types;

// name: search-names
// Full-text search over the names of people, bodies, documents, events and places (the vnkg_name_search index;
// Lucene syntax, diacritics matter). Params: $text (e.g. "Nguyễn Văn").
CALL db.index.fulltext.queryNodes('vnkg_name_search', $text) YIELD node, score
RETURN labels(node)[0] AS label, node.name AS name, node.key AS key, score
ORDER BY score DESC, key
LIMIT 10;

// name: evidence-for-posts
// The evidence for a person's posts: for each position, the article it comes from and the character span in that
// article's raw text. Params: $person (a Person key).
MATCH (p:Person {key: $person})-[h:HOLDS_POSITION]->(o:Organization)
UNWIND h.evidence AS ev
WITH h, o, split(ev, ':') AS span
MATCH (a:Article {key: 'Article:' + span[0]})
RETURN h.title AS title, o.name AS body, a.source AS article, toInteger(span[1]) AS start, toInteger(span[2]) AS end
ORDER BY title, body, article, start;

// name: busiest-bodies
// The bodies with the most distinct people holding posts in them. Params: $limit (e.g. 10).
MATCH (p:Person)-[:HOLDS_POSITION]->(o:Organization)
RETURN o.name AS body, o.key AS key, count(DISTINCT p) AS people
ORDER BY people DESC, key
LIMIT $limit;

// name: article-mentions
// What one article mentions, by label, with how often. Params: $source (the article's path as given to vnkg build).
MATCH (a:Article {source: $source})-[m:MENTIONS]->(n)
RETURN labels(n)[0] AS label, n.name AS name, m.count AS mentions
ORDER BY label, name;
