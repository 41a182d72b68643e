import Foundation

/// A system error in a few plain words ("No such file or directory"), never Foundation's
/// `Error Domain=NSCocoaErrorDomain Code=4 … UserInfo={…}` that a user cannot act on.
public enum SystemErrorReason {
    public static func of(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let inner = underlying as NSError
            if inner.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(inner.code))) }
        }
        let description = nsError.localizedDescription
        if description.isEmpty || description.contains("Error Domain=") { return "error \(nsError.code)" }
        return description.hasSuffix(".") ? String(description.dropLast()) : description
    }
}
