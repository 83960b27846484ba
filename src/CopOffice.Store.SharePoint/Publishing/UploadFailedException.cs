namespace CopOffice.Store.SharePoint.Publishing;

/// <summary>An upload failed; <see cref="Exception.Message"/> says why and what became of the upload session.</summary>
internal sealed class UploadFailedException(string reason, Exception innerException) : Exception(reason, innerException);
