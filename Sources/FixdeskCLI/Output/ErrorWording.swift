import Foundation
import FixdeskContent

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
        return text("error_unexpected", ["reason": reason(of: error)])
    }

    private static func reason(of error: any Error) -> String { SystemErrorReason.of(error) }
}
