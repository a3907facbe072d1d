package org.blocwatch.store;

import org.blocwatch.model.OffsetMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffsetMapCodecTest {

    @Test
    void writesOneRunStartPerRun() {
        OffsetMap map = new OffsetMap.Builder().addRun(0, 40_000).add(39_999).addRun(40_050, 1_000).build();
        assertThat(OffsetMapCodec.encode(map)).isEqualTo("0:0,40000:39999,40001:40050;41001");
        assertThat(OffsetMapCodec.decode(OffsetMapCodec.encode(map))).isEqualTo(map);
    }

    @Test
    void readsRowsWrittenWhenMapsWereOneIntPerCharacter() {
        // as the first codec wrote them: a pair wherever an entry was not the last plus one
        assertThat(OffsetMapCodec.decode("0:0,3:5,6:7,8:20;9")).isEqualTo(OffsetMap.of(new int[]{0, 1, 2, 5, 6, 7, 7, 8, 20}));
        assertThat(OffsetMapCodec.decode("0:0;1")).isEqualTo(OffsetMap.of(new int[]{0}));
        assertThat(OffsetMapCodec.decode("0:0;15").at(14)).isEqualTo(14);
        assertThat(OffsetMapCodec.decode(";0").length()).isZero();
    }

    @Test
    void refusesMalformedMapsInOneSentence() {
        assertThatThrownBy(() -> OffsetMapCodec.decode("0:0,3:5")).isInstanceOf(StoreException.class).hasMessageContaining("no length");
        assertThatThrownBy(() -> OffsetMapCodec.decode("0:0,3-5;9")).isInstanceOf(StoreException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> OffsetMapCodec.decode("0:0,x:5;9")).isInstanceOf(StoreException.class).hasMessageContaining("not a number");
        assertThatThrownBy(() -> OffsetMapCodec.decode("2:0;9")).isInstanceOf(StoreException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> OffsetMapCodec.decode("0:0,12:5;9")).isInstanceOf(StoreException.class).hasMessageContaining("malformed");
    }
}
