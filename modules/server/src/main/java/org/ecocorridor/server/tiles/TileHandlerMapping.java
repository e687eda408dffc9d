package org.ecocorridor.server.tiles;

import java.util.Map;
import org.ecocorridor.ogc.wmts.WmtsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Maps the XYZ tile path to {@link XyzTileHandler} ahead of every other handler mapping (the
 * actuator's included): one path-pattern test per request instead of a scan of all annotated
 * mappings. Other requests pay that one test and go on to the usual mappings.
 */
@Configuration(proxyBeanMethods = false)
class TileHandlerMapping {
    @Bean
    SimpleUrlHandlerMapping xyzTileHandlerMapping(WmtsService wmts) {
        return new SimpleUrlHandlerMapping(Map.of(XyzTileHandler.PATTERN, new XyzTileHandler(wmts)),
                Ordered.HIGHEST_PRECEDENCE);
    }
}
