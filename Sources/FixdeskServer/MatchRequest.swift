import Foundation
import FixdeskService

/// The body of `POST /api/v1/match`: the paste as plain text, or JSON `{"text": …, "lang": …}`.
struct MatchRequest: Equatable {
    var text: String
    var language: String?

    private struct JSONBody: Decodable {
        var text: String?
        var lang: String?
    }

    /// Reads the body by its content type; `queryLanguage` (`?lang=`) applies when the body names none.
    static func parse(body: Data, contentType: String?, queryLanguage: String?) throws(ServiceError) -> MatchRequest {
        let isJSON = contentType.map { $0.lowercased().hasPrefix("application/json") || $0.lowercased().contains("+json") } ?? false
        guard isJSON else {
            return MatchRequest(text: String(decoding: body, as: UTF8.self), language: queryLanguage)
        }
        let decoded: JSONBody
        do {
            decoded = try JSONDecoder().decode(JSONBody.self, from: body)
        } catch {
            throw ServiceError(.badRequest, "The body is not a JSON object of the form {\"text\": \"…\", \"lang\": \"…\"}.")
        }
        guard let text = decoded.text else {
            throw ServiceError(.badRequest, "The JSON body has no \"text\" field with the error to match.")
        }
        return MatchRequest(text: text, language: decoded.lang ?? queryLanguage)
    }
}
