import Foundation

/// One clear sentence for an error that is not fixdesk's own, instead of Foundation's raw
/// `Error Domain=NSCocoaErrorDomain Code=4 "(null)" UserInfo={…}`.
enum ErrorWording {
    static func sentence(for error: any Error, in text: CLIText) -> String {
        if let cocoa = error as? CocoaError {
            let path = cocoa.filePath ?? cocoa.userInfo[NSFilePathErrorKey] as? String ?? cocoa.userInfo[NSURLErrorKey].map { "\($0)" } ?? "?"
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return text("error_file_missing", ["path": path])
            case .fileReadNoPermission, .fileWriteNoPermission: return text("error_file_permission", ["path": path])
            case .fileWriteOutOfSpace: return text("error_disk_full", ["path": path])
            default: return text("error_file", ["path": path, "reason": reason(of: cocoa)])
            }
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(nsError.code)) {
            return text("error_unexpected", ["reason": String(cString: strerror(code.rawValue))])
        }
        return text("error_unexpected", ["reason": reason(of: error)])
    }

    /// The underlying system reason when Foundation knows one, else the error's own description.
    private static func reason(of error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        let description = nsError.localizedDescription
        return description.contains("NSCocoaErrorDomain") || description.isEmpty ? "code \(nsError.code)" : description
    }
}
