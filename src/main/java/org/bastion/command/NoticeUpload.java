package org.bastion.command;

import org.springframework.core.io.InputStreamSource;

/**
 * A file to attach, as received: its name, its size as the upload counted it, and its bytes to be read as a
 * stream (an upload part kept on disk by the server), never held whole.
 */
public record NoticeUpload(String fileName, long size, InputStreamSource content) {
}
