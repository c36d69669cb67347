package io.github.cbrsync.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.ui.connection.ProfileForm.Field;
import io.github.cbrsync.ui.connection.ProfileForm.Problem;
import io.github.cbrsync.ui.connection.ProfileForm.Purpose;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connection editor's rules without a toolkit: typed problems, each for its field, per purpose. */
class ProfileFormTest {
    private static final ConnectionProfile PROD = ConnectionProfile.akSk("Prod", "cn-north-4", "p1", "AK1",
            CredentialSource.TYPED);

    private static List<Field> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void anEmptyNewFormNamesEveryFieldToFill() {
        ProfileForm form = new ProfileForm(Optional.empty(), false, false, f -> true);
        assertThat(fields(form.validate(Purpose.SAVE)))
                .containsExactly(Field.NAME, Field.REGION, Field.ACCESS_KEY, Field.SECRET_KEY);
        // Test connection needs no name; Discover needs neither a name nor a project.
        assertThat(fields(form.validate(Purpose.TEST))).doesNotContain(Field.NAME);
        form.projectId.set("not a project!");
        assertThat(fields(form.validate(Purpose.TEST))).contains(Field.PROJECT);
        assertThat(fields(form.validate(Purpose.DISCOVER))).doesNotContain(Field.PROJECT, Field.NAME);
    }

    @Test
    void anEditedProfileKeepsItsIdAndItsStoredSecretKey() {
        ProfileForm form = new ProfileForm(Optional.of(PROD.withId(new ConnectionId("prod-7"))), false, true, f -> true);
        assertThat(form.isNew()).isFalse();
        assertThat(form.validate(Purpose.SAVE)).isEmpty();
        form.name.set("Production");
        assertThat(form.toProfile().id()).isEqualTo(new ConnectionId("prod-7"));
        assertThat(form.toProfile().name()).isEqualTo("Production");
        assertThat(form.secrets()).containsEntry(SecretKind.SECRET_KEY, "");
    }

    @Test
    void aDuplicateIsNewNeedsItsOwnKeyAndIsNamedAsACopy() {
        ProfileForm form = new ProfileForm(Optional.of(PROD), true, true, f -> true);
        assertThat(form.isNew()).isTrue();
        assertThat(form.name.get()).isEqualTo("Prod copy");
        assertThat(fields(form.validate(Purpose.SAVE))).containsExactly(Field.SECRET_KEY);
        form.secretKey.set("sk");
        assertThat(form.validate(Purpose.SAVE)).isEmpty();
    }

    @Test
    void endpointsProxiesAndCaFilesAreCheckedWhereTheyWereTyped() {
        ProfileForm form = new ProfileForm(Optional.of(PROD), false, true, f -> f.equals("/etc/ok.pem"));
        form.cbrEndpoint.set("ftp://cbr.example.com");
        form.iamEndpoint.set("https://user:pw@iam.example.com");
        form.proxyMode.set(ProxyMode.MANUAL);
        form.proxyHost.set("proxy");
        form.proxyPort.set("70000");
        form.caFile.set("/etc/missing.pem");

        List<Problem> problems = form.validate(Purpose.SAVE);

        assertThat(fields(problems)).containsExactly(Field.CBR_ENDPOINT, Field.IAM_ENDPOINT, Field.PROXY,
                Field.CA_FILE);
        assertThat(problems.get(0).text()).contains("ftp://cbr.example.com");
        assertThat(problems.get(3).text()).contains("/etc/missing.pem");
        form.cbrEndpoint.set("http://10.0.0.8:8080/cbr");
        form.iamEndpoint.set("");
        form.proxyPort.set("3128");
        form.caFile.set("/etc/ok.pem");
        assertThat(form.validate(Purpose.SAVE)).isEmpty();
    }

    @Test
    void passwordLoginsNeedTheUserAndTheAccountNotAnAccessKey() {
        ProfileForm form = new ProfileForm(Optional.empty(), false, false, f -> true);
        form.name.set("iam");
        form.region.set("cn-east-3");
        form.accessKeyLogin.set(false);
        assertThat(fields(form.validate(Purpose.SAVE))).containsExactly(Field.IAM_USER);
        form.iamUser.set("ann");
        form.iamAccount.set("acme");
        assertThat(form.validate(Purpose.SAVE)).isEmpty();
    }
}
