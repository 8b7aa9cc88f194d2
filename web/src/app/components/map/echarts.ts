import { MapChart } from "echarts/charts";
import { TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

/** ECharts with only what the district map needs (a map series, its tooltip and colour scale, SVG output). */
echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

export { echarts };
