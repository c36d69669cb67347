package io.github.cbrsync.cli;

import java.util.regex.Pattern;

/** A shell-style pattern for vault names: {@code *} any run of characters, {@code ?} one, {@code [abc]} a set. */
final class Glob {
    private final Pattern pattern;

    Glob(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inSet = false;
        for (char c : glob.toCharArray()) {
            if (inSet) {
                regex.append(c == '\\' ? "\\\\" : String.valueOf(c));
                inSet = c != ']';
                continue;
            }
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    regex.append('[');
                    inSet = true;
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(inSet ? Pattern.quote(glob) : regex.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean matches(String text) {
        return pattern.matcher(text).matches();
    }
}
