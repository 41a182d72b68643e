import MCP

/// The names, descriptions and input schemas of the three tools.
enum ToolCatalog {
    static let matchError = "match_error"
    static let searchArticles = "search_articles"
    static let getArticle = "get_article"

    static func tools(languages: [String]) -> [Tool] {
        let lang: Value = .object([
            "type": "string",
            "enum": .array(languages.map { .string($0) }),
            "description": .string("The language of the answer (the support agent's language). Optional; default: the server's language."),
        ])
        let readOnly = Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)
        return [
            Tool(
                name: matchError, title: "Match a pasted error",
                description: """
                Find the help articles and numbered fix steps for an error a user pasted: an error code (131047), \
                a Graph API error object, a webhook payload with statuses[].errors[], a log line, an SDK exception \
                or the sentence a CRM shows. Pass the text as pasted, noise included. Returns JSON \
                {"input": {"codes", "language"}, "matches": [{"id", "title", "confidence", "reasons", "steps", "url", …}]}, \
                best first; an empty matches list means no article fits (say so rather than guess).
                """,
                inputSchema: objectSchema(required: ["text"], properties: [
                    "text": .object(["type": "string", "description": "The error exactly as pasted (at most 1 MiB)."]),
                    "lang": lang,
                ]),
                annotations: readOnly),
            Tool(
                name: searchArticles, title: "Search the articles",
                description: """
                Search the troubleshooting articles by words, in Turkish or English, typed the way people type \
                (no Turkish letters, typos and suffixes are fine). Use it when there is no error text to match. \
                Returns JSON {"results": [{"id", "title", "codes", "snippet", "url", …}]}, best first.
                """,
                inputSchema: objectSchema(required: ["query"], properties: [
                    "query": .object(["type": "string", "description": "The words to look for."]),
                    "lang": lang,
                    "limit": .object(["type": "integer", "minimum": 1, "maximum": 100, "description": "How many results at most (default 10)."]),
                ]),
                annotations: readOnly),
            Tool(
                name: getArticle, title: "Read one article",
                description: """
                One article in full: title, summary, the error codes and texts it covers, its numbered fix steps \
                and its body. Give the id from match_error or search_articles, or an error code.
                """,
                inputSchema: objectSchema(required: ["id"], properties: [
                    "id": .object(["type": "string", "description": "The article id (e.g. from a match) or an error code."]),
                    "lang": lang,
                ]),
                annotations: readOnly),
        ]
    }

    /// A JSON schema of an object with these properties, the `required` ones first.
    static func objectSchema(required: [String], properties: [String: Value]) -> Value {
        .object(["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })])
    }
}
