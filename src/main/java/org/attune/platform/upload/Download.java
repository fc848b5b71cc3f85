package org.attune.platform.upload;

/** A stored file and its bytes, read to send it to someone allowed to have it (see {@link Attachment}). */
public record Download(StoredFile file, byte[] content) {}
