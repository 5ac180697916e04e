package org.bastion.command;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** A task's photo between the web and the service: an upload read lazily, and the stored photo as an answer. */
final class TaskPhotoUploads {

	private TaskPhotoUploads() {
	}

	/** The upload of a form's or a request's file part; none for a missing or empty part. */
	static TaskPhoto.Upload of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return new TaskPhoto.Upload() {

			@Override
			public long size() {
				return file.getSize();
			}

			@Override
			public InputStream open() throws IOException {
				return file.getInputStream();
			}
		};
	}

	/** The photo to the viewer's browser only, never kept by a shared cache, shown as the image it was sniffed to be. */
	static ResponseEntity<byte[]> answer(TaskDatabase.Photo photo) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}
}
