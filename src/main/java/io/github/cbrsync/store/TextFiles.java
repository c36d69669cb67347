package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a small text file the way other programs leave it: UTF-8 with or without a byte order mark, UTF-16
 * with one (Windows Notepad's "Unicode"), and any line ends (LF, CRLF, CR). Anything else is refused in words.
 */
final class TextFiles {
    private TextFiles() {
    }

    static List<String> lines(Path file) throws CredentialSourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CredentialSourceException(Messages.format("credentials.unreadable", file,
                    e.getClass().getSimpleName()));
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            throw new CredentialSourceException(Messages.format("credentials.notUtf8", file));
        }
        return Arrays.asList(text.split("\r\n|\r|\n", -1));
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        return strict(StandardCharsets.UTF_8, bytes, 0);
    }

    private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
