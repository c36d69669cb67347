import com.huaweicloud.sdk.cbr.v1.CbrClient;
import com.huaweicloud.sdk.cbr.v1.model.ImportCheckpointRequest;
import com.huaweicloud.sdk.cbr.v1.model.SyncParam;
import com.huaweicloud.sdk.cbr.v1.model.SyncReq;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a hand-written script does: the official SDK, one sync after another, each waited for.
 * Arguments: endpoint, access key, secret key, project ID, a file with one vault ID per line.
 * Prints "SDKLOOP <syncs> <seconds>".
 */
public class SdkLoop {
    public static void main(String[] args) throws Exception {
        List<String> vaultIds = Files.readAllLines(Path.of(args[4]));
        CbrClient client = CbrClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(args[1]).withSk(args[2]).withProjectId(args[3]))
                .withEndpoint(args[0])
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .build();
        long start = System.nanoTime();
        int synced = 0;
        for (String id : vaultIds) {
            client.importCheckpoint(new ImportCheckpointRequest()
                    .withBody(new SyncReq().withSync(new SyncParam().withVaultId(id).withAutoTrigger(false))));
            synced++;
        }
        System.out.println(String.format(Locale.ROOT, "SDKLOOP %d %.3f", synced, (System.nanoTime() - start) / 1e9));
    }
}
