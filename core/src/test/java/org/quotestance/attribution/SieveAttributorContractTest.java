package org.quotestance.attribution;

import java.util.List;
import org.quotestance.testkit.SpeakerAttributorContract;
import org.quotestance.testkit.TinyFirstNames;

class SieveAttributorContractTest extends SpeakerAttributorContract {

    private final SieveAttributor attributor = new SieveAttributor(List.of(), TinyFirstNames.common());

    @Override
    protected SpeakerAttributor attributor() {
        return attributor;
    }
}
