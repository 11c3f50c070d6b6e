import type { EntityStatus } from "../model/TraceNode";
import type { ServiceStatistics } from "../model/ServiceGraph";

/**
 * Mutable sums behind one node's or edge's `ServiceStatistics` (internal: the builder's state).
 * A request counts once: fault > throttle > error > ok, as X-Ray's status rules rank them.
 */
export class StatisticsAccumulator {
  ok = 0;
  throttle = 0;
  otherError = 0;
  fault = 0;
  /** Faults not tracked by a specific code: all derived faults; read responses may differ. */
  otherFault = 0;
  total = 0;
  responseTime = 0;

  /** Counts one completed request with its status and response time (seconds). */
  add(status: EntityStatus, responseTime: number): void {
    if (status === "fault") {
      this.fault++;
      this.otherFault++;
    } else if (status === "throttle") this.throttle++;
    else if (status === "error") this.otherError++;
    else this.ok++;
    this.total++;
    this.responseTime += responseTime;
  }

  /** Adds another node's or edge's statistics. */
  addStatistics(s: ServiceStatistics): void {
    this.ok += s.OkCount;
    this.throttle += s.ErrorStatistics.ThrottleCount;
    this.otherError += s.ErrorStatistics.OtherCount;
    this.fault += s.FaultStatistics.TotalCount;
    this.otherFault += s.FaultStatistics.OtherCount;
    this.total += s.TotalCount;
    this.responseTime += s.TotalResponseTime;
  }

  /** The sums in X-Ray's shape. */
  snapshot(): ServiceStatistics {
    return {
      OkCount: this.ok,
      ErrorStatistics: {
        ThrottleCount: this.throttle,
        OtherCount: this.otherError,
        TotalCount: this.throttle + this.otherError,
      },
      FaultStatistics: { OtherCount: this.otherFault, TotalCount: this.fault },
      TotalCount: this.total,
      TotalResponseTime: this.responseTime,
    };
  }
}
