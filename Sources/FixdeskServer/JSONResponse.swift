import Foundation
import Hummingbird
import NIOCore
import FixdeskService

/// Responses with a JSON body, and the error body every failure gets: `{"error": "<one sentence>"}`.
enum JSONResponse {
    static func ok(_ data: Data) -> Response {
        make(.ok, data)
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(["error": message])) ?? Data(#"{"error":"error"}"#.utf8)
        return make(status, data)
    }

    static func make(_ status: HTTPResponse.Status, _ data: Data, contentType: String = "application/json; charset=utf-8") -> Response {
        Response(status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func status(for kind: ServiceError.Kind) -> HTTPResponse.Status {
        switch kind {
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        }
    }
}

/// Turns every error a route throws into a JSON error response with its status.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return JSONResponse.error(JSONResponse.status(for: error.kind), error.message)
        } catch is NIOTooManyBytesError {
            return JSONResponse.error(.contentTooLarge, "The request body is over the limit of 1 MiB.")
        } catch let error as HTTPError {
            let message = error.body ?? (error.status == .notFound
                ? "Nothing is at \(request.uri.path)."
                : "The request cannot be answered (\(error.status.code) \(error.status.reasonPhrase)).")
            return JSONResponse.error(error.status, message)
        } catch {
            return JSONResponse.error(.internalServerError, "The server could not answer: \(error).")
        }
    }
}
